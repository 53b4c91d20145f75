package cn.houqin.org.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Transfer (调任) and departure (离任) of a staff member: start, complete once everything is
 * handed over, or cancel.
 */
@Controller
@PreAuthorize("hasAuthority('org.staff.move')")
class StaffMoveController {

	private final StaffService staff;

	private final DataScopes scopes;

	private final StaffDetailModel detail;

	StaffMoveController(StaffService staff, DataScopes scopes, StaffDetailModel detail) {
		this.staff = staff;
		this.scopes = scopes;
		this.detail = detail;
	}

	@PostMapping("/org/staff/{id}/transfer")
	String transfer(@PathVariable long id, @Valid TransferForm transferForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return start(id, result, model, redirect, () -> this.staff.startTransfer(scope(), id,
				transferForm.getToUnitId(), transferForm.getEffectiveDate(), transferForm.getReason()));
	}

	@PostMapping("/org/staff/{id}/departure")
	String departure(@PathVariable long id, @Valid DepartureForm departureForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return start(id, result, model, redirect, () -> this.staff.startDeparture(scope(), id,
				departureForm.getExitStatus(), departureForm.getEffectiveDate(), departureForm.getReason()));
	}

	@PostMapping("/org/staff/{id}/complete")
	String complete(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "org.move.completed", () -> this.staff.completeMove(scope(), id));
	}

	@PostMapping("/org/staff/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "org.move.cancelled", () -> this.staff.cancelMove(scope(), id));
	}

	/**
	 * Starts a move from a validated form; refused rules are shown on the form's fields.
	 */
	private String start(long id, BindingResult result, Model model, RedirectAttributes redirect, Runnable command) {
		if (!result.hasErrors()) {
			try {
				command.run();
				redirect.addFlashAttribute("flashSuccess", "org.move.started");
				return "redirect:/org/staff/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		this.detail.populate(model, id);
		return StaffDetailModel.VIEW;
	}

	/**
	 * Completes or cancels a move; a refused rule comes back as a flash message on the
	 * detail page.
	 */
	private String act(long id, RedirectAttributes redirect, String successKey, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		return "redirect:/org/staff/" + id;
	}

	private DataScope scope() {
		return this.scopes.forPermission("org.staff.move");
	}

}
