package cn.houqin.repairs.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.repairs.domain.SlaBook;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;

/**
 * The administrator's page for the repair rules: SLA per urgency, working hours and the
 * contractor approval limit. A change applies to the next report or contractor cost.
 */
@Controller
class RulesController {

	private final SlaBook book;

	RulesController(SlaBook book) {
		this.book = book;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("urgencies", Urgency.values());
	}

	@GetMapping("/repairs/rules")
	@PreAuthorize("hasAuthority('repairs.rules')")
	String show(Model model) {
		model.addAttribute("rulesForm", RulesForm.of(this.book.rules(DataScopes.currentUser().tenantId())));
		return "repairs/rules";
	}

	@PostMapping("/repairs/rules")
	@PreAuthorize("hasAuthority('repairs.rules')")
	String change(@ModelAttribute("rulesForm") RulesForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (!form.hoursComplete() || !form.hoursOrdered()) {
				result.rejectValue("morningStart", "repairs.rules.error.hours");
			}
			else {
				try {
					this.book.change(DataScopes.currentUser().tenantId(), form.toRules());
					redirect.addFlashAttribute("saved", true);
					return "redirect:/repairs/rules";
				}
				catch (BusinessRuleException ex) {
					FormErrors.reject(result, ex);
				}
			}
		}
		return "repairs/rules";
	}

}
