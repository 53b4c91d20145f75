package cn.houqin.conduct.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.conduct.ConductPolicy.DisclosurePeriod;
import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;

/**
 * The administrator's editor of the tenant's conduct rules (篇2 细则一 as data).
 */
@Controller
@RequestMapping("/conduct/policy")
class ConductPolicyController {

	private final ConductPolicyService policies;

	ConductPolicyController(ConductPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('conduct.policy.manage')")
	String show(Model model) {
		long tenantId = DataScopes.currentUser().tenantId();
		model.addAttribute("policyForm",
				ConductPolicyForm.of(this.policies.policy(tenantId), this.policies.version(tenantId)));
		return page(model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('conduct.policy.manage')")
	String save(@ModelAttribute("policyForm") ConductPolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		CurrentUser user = DataScopes.currentUser();
		try {
			this.policies.change(user.tenantId(), form.getVersion(), form.toPolicy());
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return page(model);
		}
		redirect.addFlashAttribute("flashSuccess", "conduct.policy.saved");
		return "redirect:/conduct/policy";
	}

	private static String page(Model model) {
		model.addAttribute("periods", DisclosurePeriod.values());
		return "conduct/policy";
	}

}
