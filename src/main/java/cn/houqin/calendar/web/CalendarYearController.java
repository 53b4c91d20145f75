package cn.houqin.calendar.web;

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

import cn.houqin.calendar.domain.CalendarAdministration;
import cn.houqin.calendar.domain.CalendarService;
import cn.houqin.calendar.domain.YearStatus;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Administering a calendar year: start the tenant's own (a copy of the national year, or
 * an empty draft such as 2027 before its notice is entered), publish it citing its
 * notice, or remove it.
 */
@Controller
@PreAuthorize("hasAuthority('calendar.manage')")
class CalendarYearController {

	private static final String PUBLISH_FORM = "calendar/publish-form";

	private final CalendarAdministration administration;

	private final CalendarService calendar;

	private final DataScopes scopes;

	CalendarYearController(CalendarAdministration administration, CalendarService calendar, DataScopes scopes) {
		this.administration = administration;
		this.calendar = calendar;
		this.scopes = scopes;
	}

	@PostMapping("/calendar/years")
	String addYear(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		if (year == null || year < CalendarController.FIRST_YEAR || year > CalendarController.LAST_YEAR) {
			redirect.addFlashAttribute("flashError", "calendar.year.error.invalid");
			redirect.addFlashAttribute("flashArgs",
					new Object[] { CalendarController.FIRST_YEAR, CalendarController.LAST_YEAR });
			return "redirect:/calendar";
		}
		try {
			this.administration.addYear(scope(), year);
			redirect.addFlashAttribute("flashSuccess", "calendar.year.added");
			redirect.addFlashAttribute("flashArgs", new Object[] { String.valueOf(year) });
		}
		catch (BusinessRuleException ex) {
			flashError(redirect, ex);
		}
		return redirectTo(year);
	}

	@GetMapping("/calendar/years/{year}/publish")
	String initPublishForm(@PathVariable int year, Model model) {
		YearStatus status = ownYear(year);
		model.addAttribute("publishForm", PublishForm.of(status));
		model.addAttribute("year", year);
		return PUBLISH_FORM;
	}

	@PostMapping("/calendar/years/{year}/publish")
	String processPublishForm(@PathVariable int year, @Valid PublishForm publishForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ownYear(year);
		if (!result.hasErrors()) {
			try {
				long version = publishForm.getVersion() == null ? -1 : publishForm.getVersion();
				this.administration.publish(scope(), year, version, publishForm.getSource(),
						publishForm.getPublishedOn());
				redirect.addFlashAttribute("flashSuccess", "calendar.year.published");
				redirect.addFlashAttribute("flashArgs", new Object[] { String.valueOf(year) });
				return redirectTo(year);
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("calendar.error.changed");
			}
		}
		model.addAttribute("year", year);
		return PUBLISH_FORM;
	}

	@PostMapping("/calendar/years/{year}/remove")
	String removeYear(@PathVariable int year, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			this.administration.removeYear(scope(), year, version == null ? -1 : version);
			redirect.addFlashAttribute("flashSuccess", "calendar.year.removed");
			redirect.addFlashAttribute("flashArgs", new Object[] { String.valueOf(year) });
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "calendar.error.changed");
		}
		return redirectTo(year);
	}

	private YearStatus ownYear(int year) {
		YearStatus status = this.calendar.status(scope().tenantId(), year);
		if (!status.own()) {
			throw new NotFoundException("CalendarYear", year);
		}
		return status;
	}

	private DataScope scope() {
		return this.scopes.forPermission("calendar.manage");
	}

	static String redirectTo(int year) {
		return "redirect:/calendar?year=" + year;
	}

	static void flashError(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		redirect.addFlashAttribute("flashArgs", ex.arguments());
	}

}
