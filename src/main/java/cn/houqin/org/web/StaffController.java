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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.org.StaffStatus;
import cn.houqin.org.domain.EmploymentType;
import cn.houqin.org.domain.Gender;
import cn.houqin.org.domain.IdCardNumber;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;

/**
 * Staff pages: the list with filters, the detail page, and the new/edit form.
 */
@Controller
class StaffController {

	private static final String FORM = "org/staff/form";

	private final StaffService staff;

	private final OrgUnitService units;

	private final DataScopes scopes;

	private final StaffDetailModel detail;

	StaffController(StaffService staff, OrgUnitService units, DataScopes scopes, StaffDetailModel detail) {
		this.staff = staff;
		this.units = units;
		this.scopes = scopes;
		this.detail = detail;
	}

	@ModelAttribute
	void enums(Model model) {
		model.addAttribute("statuses", StaffStatus.values());
		model.addAttribute("categories", StaffCategory.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
	}

	@GetMapping("/org/staff")
	@PreAuthorize("hasAuthority('org.staff.view')")
	String list(@ModelAttribute("filter") StaffFilter filter, Model model, HttpServletRequest request) {
		DataScope scope = this.scopes.forPermission("org.staff.view");
		model.addAttribute("page", this.staff.list(scope, filter.query(), filter.pageable()));
		if (!Htmx.isHtmx(request)) {
			model.addAttribute("units", this.units.choices(scope));
		}
		return Htmx.view(request, "org/staff/list", "results");
	}

	@GetMapping("/org/staff/{id}")
	@PreAuthorize("hasAuthority('org.staff.view')")
	String show(@PathVariable long id, Model model) {
		this.detail.populate(model, id);
		return StaffDetailModel.VIEW;
	}

	@GetMapping("/org/staff/new")
	@PreAuthorize("hasAuthority('org.staff.manage')")
	String initCreationForm(Model model) {
		model.addAttribute("staffForm", new StaffForm());
		return form(model, null);
	}

	@PostMapping("/org/staff/new")
	@PreAuthorize("hasAuthority('org.staff.manage')")
	String processCreationForm(@Valid StaffForm staffForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("idCardNumber")) {
			checkIdCard(staffForm, result, true);
		}
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			StaffRow created = this.staff.register(manageScope(), staffForm.toDetails());
			redirect.addFlashAttribute("flashSuccess", "flash.created");
			return "redirect:/org/staff/" + created.id();
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return form(model, null);
		}
	}

	@GetMapping("/org/staff/{id}/edit")
	@PreAuthorize("hasAuthority('org.staff.manage')")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("staffForm", StaffForm.of(this.staff.view(manageScope(), id)));
		return form(model, id);
	}

	@PostMapping("/org/staff/{id}/edit")
	@PreAuthorize("hasAuthority('org.staff.manage')")
	String processUpdateForm(@PathVariable long id, @Valid StaffForm staffForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StaffRow current = this.staff.view(manageScope(), id);
		staffForm.setIdCardMasked(current.idCardMasked());
		if (!result.hasFieldErrors("idCardNumber")) {
			checkIdCard(staffForm, result, false);
		}
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			long version = staffForm.getVersion() == null ? -1 : staffForm.getVersion();
			this.staff.update(manageScope(), id, version, staffForm.toDetails());
			redirect.addFlashAttribute("flashSuccess", "flash.saved");
			return "redirect:/org/staff/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("org.staff.error.changed");
		}
		return form(model, id);
	}

	private static void checkIdCard(StaffForm form, BindingResult result, boolean required) {
		String idCard = form.getIdCardNumber();
		if (idCard == null || idCard.isBlank()) {
			if (required) {
				result.rejectValue("idCardNumber", "validation.required");
			}
		}
		else if (!IdCardNumber.isValid(idCard)) {
			result.rejectValue("idCardNumber", "org.staff.error.idCard");
		}
	}

	private String form(Model model, Long id) {
		DataScope scope = manageScope();
		model.addAttribute("staffId", id);
		model.addAttribute("units", this.units.choices(scope));
		model.addAttribute("positions", this.units.positions(scope.tenantId()));
		model.addAttribute("ranks", this.units.ranks(scope.tenantId()));
		return FORM;
	}

	private DataScope manageScope() {
		return this.scopes.forPermission("org.staff.manage");
	}

}
