package cn.houqin.repairs.web;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.repairs.domain.IncidentKind;
import cn.houqin.repairs.domain.IncidentService;
import cn.houqin.repairs.domain.IncidentView;
import cn.houqin.repairs.domain.WorkingClock;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;

/**
 * Incidents: the list, logging one (leaders told at once), its timeline and closing
 * report.
 */
@Controller
class IncidentController {

	private final IncidentService incidents;

	IncidentController(IncidentService incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/repairs/incidents")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String list(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
		model.addAttribute("page", this.incidents.list(DataScopes.currentUser(),
				Paging.of(page, null, null, java.util.Map.of(), Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
		model.addAttribute("kinds", IncidentKind.values());
		return Htmx.view(request, "repairs/incidents", "results");
	}

	@PostMapping("/repairs/incidents")
	@PreAuthorize("hasAuthority('repairs.report')")
	String log(@RequestParam(required = false) IncidentKind kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String location,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			RedirectAttributes redirect) {
		try {
			IncidentView view = this.incidents.log(DataScopes.currentUser(), kind, title, location,
					occurredAt == null ? null : occurredAt.atZone(WorkingClock.ZONE).toInstant(), null);
			redirect.addFlashAttribute("flashSuccess", "repairs.flash.incident");
			return "redirect:/repairs/incidents/" + view.id();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/repairs/incidents";
		}
	}

	@GetMapping("/repairs/incidents/{id}")
	@PreAuthorize("hasAuthority('repairs.report') or hasAuthority('repairs.plan')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("incident", this.incidents.view(DataScopes.currentUser(), id));
		return "repairs/incident";
	}

	@PostMapping("/repairs/incidents/{id}/actions")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String record(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.incidents.record(DataScopes.currentUser(), id, version, note));
	}

	@PostMapping("/repairs/incidents/{id}/close")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String close(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String closingReport, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.incidents.close(DataScopes.currentUser(), id, version, closingReport));
	}

	@PostMapping("/repairs/incidents/{id}/conduct-records")
	@PreAuthorize("hasAuthority('repairs.plan')")
	String citeConductRecord(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long conductRecordId, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.incidents.citeConductRecord(DataScopes.currentUser(), id, version, conductRecordId));
	}

	private String act(long id, RedirectAttributes redirect, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", "repairs.flash.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "repairs.error.changed");
		}
		return "redirect:/repairs/incidents/" + id;
	}

}
