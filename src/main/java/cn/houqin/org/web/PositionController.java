package cn.houqin.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import cn.houqin.org.domain.PositionService;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;

/**
 * Position pages (岗位): the searchable list, the new/edit form and delete.
 */
@Controller
class PositionController {

	private static final String LIST = "org/positions/list";

	private static final String FORM = "org/positions/form";

	private static final String REDIRECT_LIST = "redirect:/org/positions";

	private final PositionService positions;

	private final DataScopes scopes;

	PositionController(PositionService positions, DataScopes scopes) {
		this.positions = positions;
		this.scopes = scopes;
	}

	@GetMapping("/org/positions")
	@PreAuthorize("hasAuthority('org.unit.view')")
	String list(@ModelAttribute("filter") PositionFilter filter, Model model, HttpServletRequest request) {
		long tenantId = this.scopes.forPermission("org.unit.view").tenantId();
		model.addAttribute("page", this.positions.list(tenantId, filter.getQ(), filter.pageable()));
		model.addAttribute("manageable", this.positions.manageable(manageScope()));
		return Htmx.view(request, LIST, "results");
	}

	@GetMapping("/org/positions/new")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String initCreationForm(Model model) {
		requireManageable();
		model.addAttribute("positionForm", new PositionForm());
		return form(model, null);
	}

	@PostMapping("/org/positions/new")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String processCreationForm(@Valid PositionForm positionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.positions.create(manageScope(), positionForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/org/positions/{id}/edit")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String initUpdateForm(@PathVariable long id, Model model) {
		requireManageable();
		model.addAttribute("positionForm", PositionForm.of(this.positions.view(manageScope().tenantId(), id)));
		return form(model, id);
	}

	@PostMapping("/org/positions/{id}/edit")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String processUpdateForm(@PathVariable long id, @Valid PositionForm positionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.positions.view(manageScope().tenantId(), id);
		if (!result.hasErrors()) {
			try {
				long version = positionForm.getVersion() == null ? -1 : positionForm.getVersion();
				this.positions.update(manageScope(), id, version, positionForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("org.position.error.changed");
			}
		}
		return form(model, id);
	}

	@PostMapping("/org/positions/{id}/delete")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			this.positions.delete(manageScope(), id, version == null ? -1 : version);
			redirect.addFlashAttribute("flashSuccess", "org.position.deleted");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "org.position.error.changed");
		}
		return REDIRECT_LIST;
	}

	private String form(Model model, Long id) {
		model.addAttribute("positionId", id);
		model.addAttribute("categories", StaffCategory.values());
		return FORM;
	}

	private void requireManageable() {
		if (!this.positions.manageable(manageScope())) {
			throw new BusinessRuleException("org.reference.error.tenantScope");
		}
	}

	private DataScope manageScope() {
		return this.scopes.forPermission("org.unit.manage");
	}

}
