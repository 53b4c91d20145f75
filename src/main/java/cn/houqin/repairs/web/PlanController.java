package cn.houqin.repairs.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.IntervalKind;
import cn.houqin.repairs.domain.PlanService;
import cn.houqin.repairs.domain.PlanTemplate;
import cn.houqin.repairs.domain.Season;
import cn.houqin.repairs.domain.WorkingClock;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;

/**
 * Preventive plans: the list (overdue ones marked) and the form, prefilled from a
 * seasonal or daily-round template.
 */
@Controller
class PlanController {

	private final PlanService plans;

	private final MessageSource messages;

	PlanController(PlanService plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("categories", Category.values());
		model.addAttribute("intervalKinds", IntervalKind.values());
		model.addAttribute("seasons", Season.values());
		model.addAttribute("templates", PlanTemplate.values());
	}

	@GetMapping("/repairs/plans")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String list(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
		model.addAttribute("page", this.plans.list(DataScopes.currentUser(),
				Paging.of(page, null, null, java.util.Map.of(), Sort.by("nextDue", "id"))));
		return Htmx.view(request, "repairs/plans", "results");
	}

	@GetMapping("/repairs/plans/new")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String initCreationForm(@RequestParam(required = false) PlanTemplate template, Model model) {
		PlanForm form = new PlanForm();
		form.setFirstDue(LocalDate.now(WorkingClock.ZONE).plusDays(7));
		if (template != null) {
			form.setName(text("repairs.template." + template + ".name"));
			form.setChecklist(text("repairs.template." + template + ".checklist").replace("|", "\n"));
			form.setCategory(template.category());
			form.setIntervalKind(template.intervalKind());
			form.setIntervalCount(template.intervalCount());
			form.setSeason(template.season());
			form.setLeadDays(template.leadDays());
		}
		model.addAttribute("planForm", form);
		return "repairs/plan-form";
	}

	@PostMapping("/repairs/plans/new")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String processCreationForm(PlanForm planForm, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.plans.create(DataScopes.currentUser(), planForm.toDraft());
				redirect.addFlashAttribute("flashSuccess", "repairs.flash.saved");
				return "redirect:/repairs/plans";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return "repairs/plan-form";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
