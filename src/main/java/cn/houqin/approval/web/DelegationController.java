package cn.houqin.approval.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.approval.domain.DelegationService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The delegation page: delegations given and received, a form to delegate, revoking.
 */
@Controller
@PreAuthorize("hasAuthority('approval.task.act')")
class DelegationController {

	private static final String PAGE = "approval/delegations";

	private final DelegationService delegations;

	DelegationController(DelegationService delegations) {
		this.delegations = delegations;
	}

	@GetMapping("/approval/delegations")
	String list(Model model) {
		model.addAttribute("delegationForm", new DelegationForm());
		return page(model);
	}

	@PostMapping("/approval/delegations")
	String delegate(@Valid DelegationForm delegationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		if (!result.hasErrors()) {
			try {
				this.delegations.delegate(user.tenantId(), user.userId(), delegationForm.getDelegateUserId(),
						delegationForm.getStartDate(), delegationForm.getEndDate(), delegationForm.getReason());
				redirect.addFlashAttribute("flashSuccess", "approval.delegation.saved");
				return "redirect:/approval/delegations";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(model);
	}

	@PostMapping("/approval/delegations/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		this.delegations.revoke(user.tenantId(), user.userId(), id);
		redirect.addFlashAttribute("flashSuccess", "approval.delegation.revoked");
		return "redirect:/approval/delegations";
	}

	private String page(Model model) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("delegations", this.delegations.involving(user.tenantId(), user.userId()));
		model.addAttribute("candidates", this.delegations.candidates(user.tenantId(), user.userId(), user.unitId()));
		return PAGE;
	}

}
