package cn.houqin.standards.web;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.domain.SetView;
import cn.houqin.standards.domain.StandardsCatalogue;
import cn.houqin.standards.domain.StandardsEditor;

/**
 * The form of a tenant's own standard set: new and edit. National sets are not edited.
 */
@Controller
class StandardSetController {

	private static final String FORM = "standards/set-form";

	private static final String REDIRECT_LIST = "redirect:/standards";

	private final StandardsEditor editor;

	private final StandardsCatalogue catalogue;

	private final Managers managers;

	StandardSetController(StandardsEditor editor, StandardsCatalogue catalogue, Managers managers) {
		this.editor = editor;
		this.catalogue = catalogue;
		this.managers = managers;
	}

	@GetMapping("/standards/sets/new")
	@PreAuthorize("hasAuthority('standards.manage')")
	String initCreationForm(Model model) {
		model.addAttribute("setForm", new SetForm());
		return form(model, null);
	}

	@PostMapping("/standards/sets/new")
	@PreAuthorize("hasAuthority('standards.manage')")
	String processCreationForm(@Valid SetForm setForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editor.createSet(this.managers.scope(), setForm.getCode(), setForm.toTerms());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/standards/sets/{id}/edit")
	@PreAuthorize("hasAuthority('standards.manage')")
	String initUpdateForm(@PathVariable long id, Model model) {
		SetView set = ownSet(id);
		model.addAttribute("setForm", SetForm.of(set));
		return form(model, id);
	}

	@PostMapping("/standards/sets/{id}/edit")
	@PreAuthorize("hasAuthority('standards.manage')")
	String processUpdateForm(@PathVariable long id, @Valid SetForm setForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		setForm.setCode(ownSet(id).code());
		if (!result.hasErrors()) {
			try {
				long version = setForm.getVersion() == null ? -1 : setForm.getVersion();
				this.editor.reviseSet(this.managers.scope(), id, version, setForm.toTerms());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("standards.error.changed");
			}
		}
		return form(model, id);
	}

	private SetView ownSet(long id) {
		SetView set = this.catalogue.set(this.managers.tenantId(), id);
		if (!set.local()) {
			throw new BusinessRuleException("standards.set.error.national");
		}
		return set;
	}

	private String form(Model model, Long id) {
		model.addAttribute("setId", id);
		return FORM;
	}

}
