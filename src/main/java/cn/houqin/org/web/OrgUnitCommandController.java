package cn.houqin.org.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * State changes of a unit from its detail panel: appoint the head, deactivate or
 * reactivate, approve the headcount of a position (核定编制).
 */
@Controller
@PreAuthorize("hasAuthority('org.unit.manage')")
class OrgUnitCommandController {

	private static final int MAX_HEADCOUNT = 9999;

	private final OrgUnitService units;

	private final DataScopes scopes;

	OrgUnitCommandController(OrgUnitService units, DataScopes scopes) {
		this.units = units;
		this.scopes = scopes;
	}

	@PostMapping("/org/units/{id}/head")
	String appointHead(@PathVariable long id, @RequestParam(required = false) Long headStaffId,
			RedirectAttributes redirect) {
		return run(id, redirect, "org.unit.headAppointed",
				() -> this.units.appointHead(this.scopes.forPermission("org.unit.manage"), id, headStaffId));
	}

	@PostMapping("/org/units/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		return run(id, redirect, "org.unit.deactivated",
				() -> this.units.setActive(this.scopes.forPermission("org.unit.manage"), id, false));
	}

	@PostMapping("/org/units/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		return run(id, redirect, "org.unit.activated",
				() -> this.units.setActive(this.scopes.forPermission("org.unit.manage"), id, true));
	}

	@PostMapping("/org/units/{id}/establishment")
	String approveHeadcount(@PathVariable long id, @RequestParam(required = false) Long positionId,
			@RequestParam(required = false) Integer approvedHeadcount, RedirectAttributes redirect) {
		return run(id, redirect, "org.establishment.saved", () -> {
			if (positionId == null) {
				throw new BusinessRuleException("positionId", "org.establishment.error.position");
			}
			if (approvedHeadcount == null || approvedHeadcount > MAX_HEADCOUNT) {
				throw new BusinessRuleException("approvedHeadcount", "org.establishment.error.headcount",
						MAX_HEADCOUNT);
			}
			this.units.approveHeadcount(this.scopes.forPermission("org.unit.manage"), id, positionId,
					approvedHeadcount);
		});
	}

	private static String run(long id, RedirectAttributes redirect, String successKey, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		return "redirect:/org/units?selected=" + id;
	}

}
