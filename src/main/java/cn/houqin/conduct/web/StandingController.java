package cn.houqin.conduct.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.conduct.domain.StandingService;
import cn.houqin.conduct.domain.TaskService;
import cn.houqin.conduct.domain.TaskStatus;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * A person's standing (own, or by employee number for those who see the unit) and the
 * follow-up tasks of consequence levels.
 */
@Controller
class StandingController {

	private final StandingService standings;

	private final StandingAccess access;

	private final TaskService tasks;

	private final OrgApi org;

	StandingController(StandingService standings, StandingAccess access, TaskService tasks, OrgApi org) {
		this.standings = standings;
		this.access = access;
		this.tasks = tasks;
		this.org = org;
	}

	@GetMapping("/conduct/standing")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	String standing(@RequestParam(required = false) String employeeNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
		return page(employeeNo, on, model);
	}

	/** 篇2 第十三条: the conduct office sets the person's validation date (校验日). */
	@PostMapping("/conduct/standing/validation-date")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	String validationDate(@RequestParam String employeeNo, @RequestParam(required = false) String validationDate,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		long staffId = this.org.staffByEmployeeNo(user.tenantId(), employeeNo.trim())
			.map(s -> s.id())
			.orElseThrow(() -> new NotFoundException("Staff", employeeNo));
		try {
			this.standings.changeValidationDate(user, staffId, parse(validationDate));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("validationError", ex.messageKey());
			model.addAttribute("validationInput", validationDate);
			return page(employeeNo, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "conduct.flash.validationDateSaved");
		redirect.addAttribute("employeeNo", employeeNo.trim());
		return "redirect:/conduct/standing";
	}

	private static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException("validationDate", "conduct.error.validationDateFormat");
		}
	}

	private String page(String employeeNo, LocalDate on, Model model) {
		CurrentUser user = DataScopes.currentUser();
		Long staffId = employeeNo == null || employeeNo.isBlank() ? user.staffId()
				: this.org.staffByEmployeeNo(user.tenantId(), employeeNo.trim()).map(s -> s.id()).orElse(-1L);
		LocalDate date = on == null ? LocalDate.now(CalendarApi.ZONE) : on;
		model.addAttribute("employeeNo", employeeNo);
		model.addAttribute("on", date);
		if (staffId != null) {
			this.access.check(user, staffId);
			model.addAttribute("person", this.org.staff(user.tenantId(), staffId).orElse(null));
			model.addAttribute("standing", this.standings.standing(user.tenantId(), staffId, date));
			model.addAttribute("validationDate", this.standings.validationDate(user.tenantId(), staffId).orElse(null));
			model.addAttribute("tasks", this.tasks.tasks(user, staffId, null));
		}
		return "conduct/standing";
	}

	@GetMapping("/conduct/tasks")
	@PreAuthorize("hasAnyAuthority('conduct.record.view', 'conduct.record.manage')")
	String tasks(@RequestParam(required = false) TaskStatus status, Model model) {
		TaskStatus shown = status == null ? TaskStatus.OPEN : status;
		model.addAttribute("status", shown);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("tasks", this.tasks.tasks(DataScopes.currentUser(), null, shown));
		return "conduct/tasks";
	}

	@PostMapping("/conduct/tasks/{id}/done")
	@PreAuthorize("hasAnyAuthority('conduct.record.view', 'conduct.record.manage')")
	String done(@PathVariable long id, @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
		try {
			this.tasks.done(DataScopes.currentUser(), id, minutes);
			redirect.addFlashAttribute("flashSuccess", "conduct.flash.taskDone");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		return "redirect:/conduct/tasks";
	}

}
