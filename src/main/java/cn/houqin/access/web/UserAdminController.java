package cn.houqin.access.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.RoleService;
import cn.houqin.access.domain.UserRow;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;

/**
 * User administration pages: list, create, edit roles and scopes, reset password, unlock.
 */
@Controller
@RequestMapping("/access/users")
class UserAdminController {

	private static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName");

	private final AccountService accounts;

	private final RoleService roles;

	private final DataScopes scopes;

	private final OrgApi org;

	UserAdminController(AccountService accounts, RoleService roles, DataScopes scopes, OrgApi org) {
		this.accounts = accounts;
		this.roles = roles;
		this.scopes = scopes;
		this.org = org;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('access.user.view')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		model.addAttribute("users", this.accounts.list(this.scopes.forPermission("access.user.view"), q,
				Paging.of(page, null, sort, SORTABLE, Sort.by("username"))));
		return Htmx.view(request, "access/users", "results");
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('access.user.manage')")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		UserForm form = new UserForm();
		form.getRoles().add(new UserForm.RoleRow());
		return form(user, form, null, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('access.user.manage')")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid UserForm userForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (userForm.getPassword() == null || userForm.getPassword().isBlank()) {
			result.rejectValue("password", "validation.required");
		}
		DataScope scope = this.scopes.forPermission("access.user.manage");
		Optional<Long> staffId = staff(scope, userForm, result);
		if (!result.hasErrors()) {
			try {
				UserRow created = this.accounts.create(scope, userForm.toCommand(staffId.orElse(null)));
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return "redirect:/access/users/" + created.id();
			}
			catch (BusinessRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(user, userForm, null, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('access.user.manage')")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		UserRow row = this.accounts.view(this.scopes.forPermission("access.user.manage"), id);
		return form(user, UserForm.of(row), row, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('access.user.manage')")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid UserForm userForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DataScope scope = this.scopes.forPermission("access.user.manage");
		UserRow row = this.accounts.view(scope, id);
		Optional<Long> staffId = staff(scope, userForm, result);
		if (!result.hasErrors()) {
			try {
				this.accounts.update(scope, id, userForm.getVersion(), userForm.toCommand(staffId.orElse(null)));
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return "redirect:/access/users/" + id;
			}
			catch (BusinessRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(user, userForm, row, model);
	}

	@PostMapping("/{id}/reset-password")
	@PreAuthorize("hasAuthority('access.user.manage')")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		DataScope scope = this.scopes.forPermission("access.user.manage");
		String temporary = this.accounts.resetPassword(scope, id);
		redirect.addFlashAttribute("flashSuccess", "access.user.resetDone");
		redirect.addFlashAttribute("flashArgs", new Object[] { this.accounts.view(scope, id).username(), temporary });
		return "redirect:/access/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasAuthority('access.user.manage')")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(this.scopes.forPermission("access.user.manage"), id);
		redirect.addFlashAttribute("flashSuccess", "access.user.unlocked");
		return "redirect:/access/users/" + id;
	}

	@PostMapping({ "/new/add-role", "/{id}/add-role" })
	@PreAuthorize("hasAuthority('access.user.manage')")
	String addRole(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
			UserForm userForm, Model model) {
		userForm.getRoles().add(new UserForm.RoleRow());
		UserRow existing = id == null ? null : this.accounts.view(this.scopes.forPermission("access.user.manage"), id);
		return form(user, userForm, existing, model);
	}

	private Optional<Long> staff(DataScope scope, UserForm form, BindingResult result) {
		String employeeNo = form.getStaffEmployeeNo();
		if (employeeNo == null || employeeNo.isBlank()) {
			return Optional.empty();
		}
		Optional<StaffSummary> staff = this.org.staffByEmployeeNo(scope.tenantId(), employeeNo.trim())
			.filter(s -> scope.permits(s.unitId(), s.id()));
		if (staff.isEmpty()) {
			result.rejectValue("staffEmployeeNo", "access.user.error.staff");
		}
		return staff.map(StaffSummary::id);
	}

	private String form(CurrentUser user, UserForm form, UserRow existing, Model model) {
		DataScope scope = this.scopes.forPermission(user, "access.user.manage");
		model.addAttribute("userForm", form);
		model.addAttribute("existing", existing);
		model.addAttribute("roles", this.roles.list(user.tenantId()));
		model.addAttribute("scopeTypes", ScopeType.values());
		model.addAttribute("units",
				this.org.units(user.tenantId()).stream().filter(u -> scope.permitsUnit(u.id())).toList());
		return "access/user-form";
	}

}
