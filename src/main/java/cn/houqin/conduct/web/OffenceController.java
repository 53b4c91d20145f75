package cn.houqin.conduct.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.OffenceService;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The offence catalogue page: the seed's items by default, editable and retirable.
 */
@Controller
class OffenceController {

	private static final String REDIRECT = "redirect:/conduct/offences";

	private final ConductQueries queries;

	private final OffenceService offences;

	OffenceController(ConductQueries queries, OffenceService offences) {
		this.queries = queries;
		this.offences = offences;
	}

	@GetMapping("/conduct/offences")
	@PreAuthorize("hasAuthority('conduct.offence.manage')")
	String list(Model model) {
		model.addAttribute("offences", this.queries.offences(DataScopes.currentUser().tenantId(), true));
		return "conduct/offences";
	}

	@PostMapping("/conduct/offences")
	@PreAuthorize("hasAuthority('conduct.offence.manage')")
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String article,
			@RequestParam(defaultValue = "0") int points, @RequestParam(required = false) String shortName,
			@RequestParam(required = false) String wording, RedirectAttributes redirect) {
		return act(redirect, () -> this.offences.add(DataScopes.currentUser().tenantId(), code, article, points,
				shortName, wording));
	}

	@PostMapping("/conduct/offences/{id}")
	@PreAuthorize("hasAuthority('conduct.offence.manage')")
	String edit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String article,
			@RequestParam(defaultValue = "0") int points, @RequestParam(required = false) String shortName,
			@RequestParam(required = false) String wording, RedirectAttributes redirect) {
		return act(redirect, () -> this.offences.edit(DataScopes.currentUser().tenantId(), id, version, article, points,
				shortName, wording));
	}

	@PostMapping("/conduct/offences/{id}/{action:retire|reinstate}")
	@PreAuthorize("hasAuthority('conduct.offence.manage')")
	String retire(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
		return act(redirect,
				() -> this.offences.retire(DataScopes.currentUser().tenantId(), id, "retire".equals(action)));
	}

	private static String act(RedirectAttributes redirect, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", "conduct.flash.offenceSaved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "conduct.error.changed");
		}
		return REDIRECT;
	}

}
