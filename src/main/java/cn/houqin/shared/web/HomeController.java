package cn.houqin.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the user's pending work and the modules they may open (from the layout
 * model).
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
