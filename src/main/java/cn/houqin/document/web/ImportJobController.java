package cn.houqin.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.houqin.document.BackgroundImports;

/**
 * The progress of a background import, polled by htmx every second while it runs: the
 * user who started it sees the bar, then the result.
 */
@Controller
class ImportJobController {

	static final String FRAGMENT = "document/import-job :: progress";

	private final BackgroundImports imports;

	ImportJobController(BackgroundImports imports) {
		this.imports = imports;
	}

	@GetMapping("/document/import-jobs/{id}")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", this.imports.find(id));
		return FRAGMENT;
	}

}
