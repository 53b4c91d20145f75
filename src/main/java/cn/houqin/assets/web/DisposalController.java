package cn.houqin.assets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.DisposalMethod;
import cn.houqin.assets.domain.DisposalService;
import cn.houqin.assets.domain.DisposalView;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Disposal requests: the list, the request form for chosen cards, and the outcome.
 */
@Controller
class DisposalController {

	private final DisposalService disposals;

	private final AssetService assets;

	private final DataScopes scopes;

	DisposalController(DisposalService disposals, AssetService assets, DataScopes scopes) {
		this.disposals = disposals;
		this.assets = assets;
		this.scopes = scopes;
	}

	@GetMapping("/assets/disposals")
	@PreAuthorize("hasAuthority('assets.dispose')")
	String list(Model model) {
		model.addAttribute("disposals", this.disposals.list(this.scopes.forPermission(DisposalService.DISPOSE)));
		return "assets/disposals";
	}

	@GetMapping("/assets/disposals/new")
	@PreAuthorize("hasAuthority('assets.dispose')")
	String form(@RequestParam List<Long> ids, Model model) {
		DataScope scope = this.scopes.forPermission(DisposalService.DISPOSE);
		model.addAttribute("chosen", ids.stream().map(id -> this.assets.view(scope, id)).toList());
		model.addAttribute("methods", DisposalMethod.values());
		return "assets/disposal-form";
	}

	@PostMapping("/assets/disposals/new")
	@PreAuthorize("hasAuthority('assets.dispose')")
	String request(@RequestParam List<Long> ids, @RequestParam(required = false) DisposalMethod method,
			@RequestParam String reason, @RequestParam(required = false) String appraisal,
			@RequestParam(required = false) String earlyReason, Model model, RedirectAttributes redirect) {
		DataScope scope = this.scopes.forPermission(DisposalService.DISPOSE);
		try {
			DisposalView view = this.disposals.request(DataScopes.currentUser(), scope, ids, method, reason, appraisal,
					earlyReason);
			redirect.addFlashAttribute("flashSuccess", "assets.flash.disposalSubmitted");
			return "redirect:/assets/disposals/" + view.id();
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("reason", reason);
			model.addAttribute("appraisal", appraisal);
			model.addAttribute("earlyReason", earlyReason);
			model.addAttribute("method", method);
			return form(ids, model);
		}
	}

	@GetMapping("/assets/disposals/{id}")
	@PreAuthorize("hasAuthority('assets.dispose')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("disposal", this.disposals.view(this.scopes.forPermission(DisposalService.DISPOSE), id));
		return "assets/disposal";
	}

	@PostMapping("/assets/disposals/{id}/complete")
	@PreAuthorize("hasAuthority('assets.dispose')")
	String complete(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String authorityRef, @RequestParam(required = false) BigDecimal proceeds,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
			RedirectAttributes redirect) {
		try {
			this.disposals.complete(this.scopes.forPermission(DisposalService.DISPOSE), id, version, authorityRef,
					proceeds, completedOn);
			redirect.addFlashAttribute("flashSuccess", "assets.flash.done");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "assets.error.changed");
		}
		return "redirect:/assets/disposals/" + id;
	}

}
