package cn.houqin.org.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

import cn.houqin.org.domain.UnitView;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.UnitChoice;
import cn.houqin.org.domain.UnitType;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;

/**
 * The org-unit tree page with its detail panel, and the unit form (create a child, edit,
 * move under another parent).
 */
@Controller
class OrgUnitController {

	private static final String FORM = "org/units/form";

	private final OrgUnitService units;

	private final DataScopes scopes;

	private final UnitPanelModel panel;

	OrgUnitController(OrgUnitService units, DataScopes scopes, UnitPanelModel panel) {
		this.units = units;
		this.scopes = scopes;
		this.panel = panel;
	}

	@GetMapping("/org/units")
	@PreAuthorize("hasAuthority('org.unit.view')")
	String tree(@RequestParam(required = false) Long selected, Model model, HttpServletRequest request) {
		DataScope scope = this.scopes.forPermission("org.unit.view");
		if (!Htmx.isHtmx(request)) {
			model.addAttribute("tree", this.units.tree(scope));
		}
		model.addAttribute("selected", selected);
		if (selected != null) {
			this.panel.populate(model, scope, selected);
		}
		return Htmx.view(request, "org/units/tree", "detail");
	}

	@GetMapping("/org/units/new")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String initCreationForm(@RequestParam(required = false) Long parentId, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parentId);
		form.setType(UnitType.DEPARTMENT);
		model.addAttribute("unitForm", form);
		return form(model, null);
	}

	@PostMapping("/org/units/new")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String processCreationForm(@Valid UnitForm unitForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UnitView unit = this.units.create(manageScope(), unitForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return "redirect:/org/units?selected=" + unit.id();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/org/units/{id}/edit")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("unitForm", UnitForm.of(this.units.view(manageScope(), id)));
		return form(model, id);
	}

	@PostMapping("/org/units/{id}/edit")
	@PreAuthorize("hasAuthority('org.unit.manage')")
	String processUpdateForm(@PathVariable long id, @Valid UnitForm unitForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.units.view(manageScope(), id);
		if (!result.hasErrors()) {
			try {
				long version = unitForm.getVersion() == null ? -1 : unitForm.getVersion();
				this.units.update(manageScope(), id, version, unitForm.toCommand());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return "redirect:/org/units?selected=" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("org.unit.error.changed");
			}
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("unitId", id);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("parents", parentChoices(this.units.choices(manageScope()), id));
		return FORM;
	}

	/**
	 * Every visible unit except the edited one and its subtree (a unit cannot move below
	 * itself).
	 */
	static List<UnitChoice> parentChoices(List<UnitChoice> choices, Long id) {
		List<UnitChoice> out = new ArrayList<>();
		Integer skipBelowDepth = null;
		for (UnitChoice choice : choices) {
			if (skipBelowDepth != null && choice.depth() > skipBelowDepth) {
				continue;
			}
			skipBelowDepth = null;
			if (id != null && choice.id() == id) {
				skipBelowDepth = choice.depth();
				continue;
			}
			out.add(choice);
		}
		return out;
	}

	private DataScope manageScope() {
		return this.scopes.forPermission("org.unit.manage");
	}

}
