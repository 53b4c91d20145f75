package cn.houqin.standards.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;
import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;
import cn.houqin.standards.StandardsApi;
import cn.houqin.standards.domain.StandardsCatalogue;

/**
 * The check tool: an approver enters a rule (or subject), a value and its context and
 * sees each finding with its limit and source.
 */
@Controller
class CheckController {

	private final StandardsApi standards;

	private final StandardsCatalogue catalogue;

	private final Managers managers;

	CheckController(StandardsApi standards, StandardsCatalogue catalogue, Managers managers) {
		this.standards = standards;
		this.catalogue = catalogue;
		this.managers = managers;
	}

	@GetMapping("/standards/check")
	@PreAuthorize("isAuthenticated()")
	String check(@ModelAttribute CheckForm checkForm, BindingResult result, HttpServletRequest request, Model model) {
		long tenantId = this.managers.tenantId();
		if (checkForm.getOn() == null) {
			checkForm.setOn(StandardsCatalogue.today());
		}
		boolean asked = request.getParameter("actual") != null;
		if (asked && !result.hasErrors()) {
			try {
				model.addAttribute("findings", this.standards.check(tenantId, checkForm.toCheck()));
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("ruleCodes", this.catalogue.ruleCodes(tenantId));
		model.addAttribute("subjects", StandardSubject.values());
		model.addAttribute("kinds", RuleKind.values());
		return Htmx.view(request, "standards/check", "outcome");
	}

}
