package cn.houqin.access.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.houqin.access.domain.DemoAccounts;

/**
 * The sign-in page; lists the demo users only while the demo profile is active.
 */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@GetMapping("/login")
	String login(Model model) {
		if (this.demo) {
			model.addAttribute("demoUsers", DemoAccounts.USERNAMES);
		}
		return "access/login";
	}

}
