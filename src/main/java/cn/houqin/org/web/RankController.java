package cn.houqin.org.web;

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

import cn.houqin.org.domain.RankService;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Rank pages (职级): the list in rank order, the new/edit form and delete.
 */
@Controller
class RankController {

	private static final String LIST = "org/ranks/list";

	private static final String FORM = "org/ranks/form";

	private static final String REDIRECT_LIST = "redirect:/org/ranks";

	private final RankService ranks;

	private final DataScopes scopes;

	RankController(RankService ranks, DataScopes scopes) {
		this.ranks = ranks;
		this.scopes = scopes;
	}

	@GetMapping("/org/ranks")
	@PreAuthorize("hasAuthority('org.unit.view')")
	String list(Model model) {
		long tenantId = this.scopes.forPermission("org.unit.view").tenantId();
		model.addAttribute("ranks", this.ranks.list(tenantId));
		model.addAttribute("manageable", this.ranks.manageable(manageScope()));
		return LIST;
	}

	@GetMapping("/org/ranks/new")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String initCreationForm(Model model) {
		requireManageable();
		model.addAttribute("rankForm", new RankForm());
		return form(model, null);
	}

	@PostMapping("/org/ranks/new")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String processCreationForm(@Valid RankForm rankForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.ranks.create(manageScope(), rankForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/org/ranks/{id}/edit")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String initUpdateForm(@PathVariable long id, Model model) {
		requireManageable();
		model.addAttribute("rankForm", RankForm.of(this.ranks.view(manageScope().tenantId(), id)));
		return form(model, id);
	}

	@PostMapping("/org/ranks/{id}/edit")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String processUpdateForm(@PathVariable long id, @Valid RankForm rankForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.ranks.view(manageScope().tenantId(), id);
		if (!result.hasErrors()) {
			try {
				long version = rankForm.getVersion() == null ? -1 : rankForm.getVersion();
				this.ranks.update(manageScope(), id, version, rankForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("org.rank.error.changed");
			}
		}
		return form(model, id);
	}

	@PostMapping("/org/ranks/{id}/delete")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			this.ranks.delete(manageScope(), id, version == null ? -1 : version);
			redirect.addFlashAttribute("flashSuccess", "org.rank.deleted");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "org.rank.error.changed");
		}
		return REDIRECT_LIST;
	}

	private String form(Model model, Long id) {
		model.addAttribute("rankId", id);
		return FORM;
	}

	private void requireManageable() {
		if (!this.ranks.manageable(manageScope())) {
			throw new BusinessRuleException("org.reference.error.tenantScope");
		}
	}

	private DataScope manageScope() {
		return this.scopes.forPermission("org.unit.manage");
	}

}
