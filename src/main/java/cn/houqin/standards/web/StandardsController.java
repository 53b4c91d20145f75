package cn.houqin.standards.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.shared.web.Htmx;
import cn.houqin.standards.StandardSubject;
import cn.houqin.standards.domain.RuleView;
import cn.houqin.standards.domain.StandardsCatalogue;

/**
 * The standards page: the sets with their citations and effective dates, and the rules in
 * force on a day grouped by subject. Open to every signed-in user.
 */
@Controller
class StandardsController {

	private final StandardsCatalogue catalogue;

	private final Managers managers;

	StandardsController(StandardsCatalogue catalogue, Managers managers) {
		this.catalogue = catalogue;
		this.managers = managers;
	}

	@GetMapping("/standards")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) StandardSubject subject, HttpServletRequest request, Model model) {
		long tenantId = this.managers.tenantId();
		LocalDate day = on == null ? StandardsCatalogue.today() : on;
		List<RuleView> rules = this.catalogue.rulesInForce(tenantId, subject, day);
		model.addAttribute("on", day);
		model.addAttribute("subject", subject);
		model.addAttribute("subjects", StandardSubject.values());
		model.addAttribute("sets", this.catalogue.sets(tenantId));
		model.addAttribute("groups", this.catalogue.bySubject(rules));
		model.addAttribute("scheduled", this.catalogue.scheduled(tenantId, day));
		model.addAttribute("manageable", this.managers.canManage());
		return Htmx.view(request, "standards/list", "rules");
	}

}
