package cn.houqin.approval.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.approval.domain.PolicyService;
import cn.houqin.approval.domain.StepSource;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Policy administration: current policies, a type's revisions, and the editor that writes
 * the next revision.
 */
@Controller
@PreAuthorize("hasAuthority('approval.policy.manage')")
class PolicyController {

	static final List<String> ROLES = List.of("logistics-head", "unit-head", "committee", "dept-head", "logistics",
			"finance", "asset-keeper", "dispatcher", "conduct-office", "admin", "auditor", "staff", "technician",
			"driver");

	private final PolicyService policies;

	private final OrgApi org;

	PolicyController(PolicyService policies, OrgApi org) {
		this.policies = policies;
		this.org = org;
	}

	@GetMapping("/approval/policies")
	String list(Model model) {
		model.addAttribute("policies", this.policies.currentPolicies(tenantId()));
		return "approval/policies";
	}

	@GetMapping("/approval/policies/{type}")
	String history(@PathVariable String type, Model model) {
		model.addAttribute("type", type);
		model.addAttribute("revisions", this.policies.history(tenantId(), type));
		return "approval/policy";
	}

	@GetMapping("/approval/policies/{type}/edit")
	String initUpdateForm(@PathVariable String type, Model model) {
		model.addAttribute("policyForm", PolicyForm.of(this.policies.current(tenantId(), type).orElse(null)));
		return form(model, type);
	}

	@GetMapping("/approval/policies/new")
	String initCreationForm(@RequestParam(required = false) String type, Model model) {
		if (type != null && !type.isBlank()) {
			return "redirect:/approval/policies/" + type.trim().toUpperCase(java.util.Locale.ROOT) + "/edit";
		}
		return "redirect:/approval/policies";
	}

	@PostMapping("/approval/policies/{type}/edit")
	String processUpdateForm(@PathVariable String type, @ModelAttribute PolicyForm policyForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.policies.revise(tenantId(), type, policyForm.getExpectedRevision(), policyForm.toRules(),
						policyForm.getNote());
				redirect.addFlashAttribute("flashSuccess", "approval.policy.saved");
				return "redirect:/approval/policies/" + type;
			}
			catch (BusinessRuleException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		policyForm.withSpareRows();
		return form(model, type);
	}

	private String form(Model model, String type) {
		model.addAttribute("type", type);
		model.addAttribute("roles", ROLES);
		model.addAttribute("sources", StepSource.values());
		model.addAttribute("units", this.org.units(tenantId()));
		return "approval/policy-form";
	}

	private static long tenantId() {
		return DataScopes.currentUser().tenantId();
	}

}
