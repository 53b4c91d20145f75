package cn.houqin.supplies.web;

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

import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.supplies.domain.BudgetService;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.LimitService;
import cn.houqin.supplies.domain.StockPolicy;
import cn.houqin.supplies.domain.StocktakeSchedule;

/**
 * The requisition limits page: every item's per-requisition and per-month limits (default
 * none), set and removed by the limits manager; also how often the store is counted and
 * the units' annual supplies budgets.
 */
@Controller
class LimitController {

	private static final String PAGE = "supplies/limits";

	private final LimitService limits;

	private final CatalogueService catalogue;

	private final StocktakeSchedule schedule;

	private final BudgetService budgets;

	private final OrgApi org;

	LimitController(LimitService limits, CatalogueService catalogue, StocktakeSchedule schedule, BudgetService budgets,
			OrgApi org) {
		this.budgets = budgets;
		this.org = org;
		this.limits = limits;
		this.catalogue = catalogue;
		this.schedule = schedule;
	}

	@GetMapping("/supplies/limits")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	String show(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("limitForm", new LimitForm());
		if (year != null) {
			model.addAttribute("budgetYear", year);
		}
		return page(model);
	}

	@PostMapping("/supplies/limits")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	String set(@ModelAttribute("limitForm") LimitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getItemId() == null) {
			result.rejectValue("itemId", "supplies.error.required");
		}
		if (!result.hasErrors()) {
			try {
				this.limits.set(tenantId(), form.getItemId(), form.getMaxPerRequisition(), form.getMaxPerMonth(), null);
				redirect.addFlashAttribute("flashSuccess", "supplies.flash.limitSaved");
				return "redirect:/supplies/limits";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(model);
	}

	@PostMapping("/supplies/limits/{itemId}/remove")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	String remove(@PathVariable long itemId, RedirectAttributes redirect) {
		this.limits.remove(tenantId(), itemId);
		redirect.addFlashAttribute("flashSuccess", "supplies.flash.limitRemoved");
		return "redirect:/supplies/limits";
	}

	@PostMapping("/supplies/limits/budget")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	String budget(@RequestParam(required = false) Long unitId, @RequestParam int year,
			@RequestParam(required = false) java.math.BigDecimal amount, RedirectAttributes redirect) {
		try {
			this.budgets.set(tenantId(), unitId, year, amount);
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.budgetSaved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/supplies/limits?year=" + year;
	}

	@PostMapping("/supplies/limits/schedule")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	String schedule(@RequestParam int stocktakeMonths, RedirectAttributes redirect) {
		try {
			this.schedule.setMonths(tenantId(), stocktakeMonths);
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.scheduleSaved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/supplies/limits";
	}

	private String page(Model model) {
		long tenantId = tenantId();
		model.addAttribute("stocktakeMonths", this.schedule.months(tenantId));
		model.addAttribute("monthChoices", java.util.List.of(1, 2, 3, 4, 6, 12));
		if (!model.containsAttribute("budgetYear")) {
			model.addAttribute("budgetYear", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
		}
		model.addAttribute("budgets", this.budgets.year(tenantId, (Integer) model.getAttribute("budgetYear")));
		model.addAttribute("units", this.org.units(tenantId));
		model.addAttribute("limits", this.limits.all(tenantId));
		model.addAttribute("items",
				this.catalogue.all(tenantId, new ItemFilter(null, null, StockPolicy.STOCKED, false)));
		return PAGE;
	}

	private static long tenantId() {
		return DataScopes.currentUser().tenantId();
	}

}
