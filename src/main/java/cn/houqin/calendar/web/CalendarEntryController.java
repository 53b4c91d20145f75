package cn.houqin.calendar.web;

import java.time.LocalDate;

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

import cn.houqin.calendar.CalendarApi;
import cn.houqin.calendar.DayKind;
import cn.houqin.calendar.domain.CalendarAdministration;
import cn.houqin.calendar.domain.CalendarService;
import cn.houqin.calendar.domain.EntryView;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Calendar entries: add a holiday range, a make-up working day or a local day off, change
 * or remove one. Errors show inline on the form.
 */
@Controller
@PreAuthorize("hasAuthority('calendar.manage')")
class CalendarEntryController {

	private static final String FORM = "calendar/entry-form";

	private static final DayKind[] KINDS = { DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY, DayKind.LOCAL_DAY_OFF };

	private final CalendarAdministration administration;

	private final CalendarService calendar;

	private final DataScopes scopes;

	CalendarEntryController(CalendarAdministration administration, CalendarService calendar, DataScopes scopes) {
		this.administration = administration;
		this.calendar = calendar;
		this.scopes = scopes;
	}

	@GetMapping("/calendar/entries/new")
	String initCreationForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) DayKind kind,
			Model model) {
		EntryForm form = new EntryForm();
		form.setKind(kind != null && kind.marked() ? kind : DayKind.HOLIDAY);
		int shown = year == null ? LocalDate.now(CalendarApi.ZONE).getYear() : year;
		model.addAttribute("entryForm", form);
		model.addAttribute("year", shown);
		return form(model, null);
	}

	@PostMapping("/calendar/entries/new")
	String processCreationForm(@Valid EntryForm entryForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EntryView added = this.administration.addEntry(scope(), entryForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return CalendarYearController.redirectTo(added.startsOn().getYear());
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("year", yearOf(entryForm));
		return form(model, null);
	}

	@GetMapping("/calendar/entries/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		EntryView entry = this.calendar.entry(scope().tenantId(), id);
		model.addAttribute("entryForm", EntryForm.of(entry));
		model.addAttribute("year", entry.startsOn().getYear());
		return form(model, id);
	}

	@PostMapping("/calendar/entries/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid EntryForm entryForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EntryView entry = this.calendar.entry(scope().tenantId(), id);
		entryForm.setKind(entry.kind());
		if (!result.hasErrors()) {
			try {
				long version = entryForm.getVersion() == null ? -1 : entryForm.getVersion();
				EntryView changed = this.administration.changeEntry(scope(), id, version, entryForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return CalendarYearController.redirectTo(changed.startsOn().getYear());
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("calendar.error.changed");
			}
		}
		model.addAttribute("year", entry.startsOn().getYear());
		return form(model, id);
	}

	@PostMapping("/calendar/entries/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		EntryView entry = this.calendar.entry(scope().tenantId(), id);
		try {
			this.administration.removeEntry(scope(), id, version == null ? -1 : version);
			redirect.addFlashAttribute("flashSuccess", "calendar.entry.removed");
			redirect.addFlashAttribute("flashArgs", new Object[] { entry.name() });
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "calendar.error.changed");
		}
		return CalendarYearController.redirectTo(entry.startsOn().getYear());
	}

	private String form(Model model, Long id) {
		model.addAttribute("entryId", id);
		model.addAttribute("kinds", KINDS);
		return FORM;
	}

	private static int yearOf(EntryForm form) {
		return form.getStartsOn() != null ? form.getStartsOn().getYear() : LocalDate.now(CalendarApi.ZONE).getYear();
	}

	private DataScope scope() {
		return this.scopes.forPermission("calendar.manage");
	}

}
