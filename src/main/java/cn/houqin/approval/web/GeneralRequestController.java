package cn.houqin.approval.web;

import java.math.BigDecimal;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.domain.GeneralRequestService;
import cn.houqin.approval.domain.GeneralRequestView;
import cn.houqin.approval.domain.GeneralStatus;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The general request form with its route shown (htmx) before submitting, and the
 * correction form after a return.
 */
@Controller
class GeneralRequestController {

	private static final String FORM = "approval/general-form";

	private final GeneralRequestService requests;

	private final ApprovalApi approvals;

	GeneralRequestController(GeneralRequestService requests, ApprovalApi approvals) {
		this.requests = requests;
		this.approvals = approvals;
	}

	@GetMapping("/approval/general/new")
	@PreAuthorize("hasAuthority('approval.request.create')")
	String initCreationForm(Model model) {
		model.addAttribute("generalForm", new GeneralForm());
		return form(model, null);
	}

	@PostMapping("/approval/general/new")
	@PreAuthorize("hasAuthority('approval.request.create')")
	String processCreationForm(@Valid GeneralForm generalForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		if (!result.hasErrors()) {
			try {
				GeneralRequestView created = this.requests.submit(user.tenantId(), user.userId(), user.unitId(),
						generalForm.toDraft());
				redirect.addFlashAttribute("flashSuccess", "approval.flash.submitted");
				return "redirect:/approval/" + created.approvalId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/approval/general/preview")
	@PreAuthorize("hasAuthority('approval.request.create')")
	String preview(@RequestParam(required = false) String amount, Model model) {
		CurrentUser user = DataScopes.currentUser();
		BigDecimal parsed = parse(amount);
		if (parsed != null && user.unitId() != null) {
			model.addAttribute("preview",
					this.approvals.preview(user.tenantId(), "GENERAL", parsed, user.unitId(), user.userId()));
		}
		return FORM + " :: route";
	}

	@GetMapping("/approval/general/{id}/edit")
	@PreAuthorize("hasAuthority('approval.request.create')")
	String initUpdateForm(@PathVariable long id, Model model) {
		CurrentUser user = DataScopes.currentUser();
		GeneralRequestView view = this.requests.view(user.tenantId(), user.userId(), id);
		if (view.status() != GeneralStatus.RETURNED) {
			return "redirect:/approval/" + view.approvalId();
		}
		model.addAttribute("generalForm", GeneralForm.of(view));
		return form(model, id);
	}

	@PostMapping("/approval/general/{id}/edit")
	@PreAuthorize("hasAuthority('approval.request.create')")
	String processUpdateForm(@PathVariable long id, @Valid GeneralForm generalForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		GeneralRequestView view = this.requests.view(user.tenantId(), user.userId(), id);
		if (!result.hasErrors()) {
			try {
				long version = generalForm.getVersion() == null ? -1 : generalForm.getVersion();
				this.requests.resubmit(user.tenantId(), user.userId(), id, version, generalForm.toDraft());
				redirect.addFlashAttribute("flashSuccess", "approval.flash.resubmitted");
				return "redirect:/approval/" + view.approvalId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("approval.error.changed");
			}
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("requestId", id);
		return FORM;
	}

	private static BigDecimal parse(String amount) {
		try {
			return amount == null || amount.isBlank() ? null : new BigDecimal(amount.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
