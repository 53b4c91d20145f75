package cn.houqin.access.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.access.domain.RoleView;
import cn.houqin.access.domain.RoleService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Role pages: list, create, edit the permissions of a role.
 */
@Controller
@RequestMapping("/access/roles")
@PreAuthorize("hasAuthority('access.role.manage')")
class RoleAdminController {

	private final RoleService roles;

	RoleAdminController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("roles", this.roles.list(user.tenantId()));
		return "access/roles";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(new RoleForm(), null, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid RoleForm roleForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RoleView role = this.roles.create(user.tenantId(), roleForm.getCode(), roleForm.getName(),
						roleForm.getPermissions());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return "redirect:/access/roles/" + role.id();
			}
			catch (BusinessRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(roleForm, null, model);
	}

	@GetMapping("/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		RoleView role = this.roles.view(user.tenantId(), id);
		return form(RoleForm.of(role), role, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid RoleForm roleForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RoleView role = this.roles.view(user.tenantId(), id);
		if (!result.hasFieldErrors("name") && !result.hasFieldErrors("permissions")) {
			try {
				this.roles.update(user.tenantId(), id, roleForm.getVersion(), roleForm.getName(),
						roleForm.getPermissions());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return "redirect:/access/roles/" + id;
			}
			catch (BusinessRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(roleForm, role, model);
	}

	private String form(RoleForm form, RoleView existing, Model model) {
		model.addAttribute("roleForm", form);
		model.addAttribute("existing", existing);
		model.addAttribute("catalogue", this.roles.catalogue());
		return "access/role-form";
	}

}
