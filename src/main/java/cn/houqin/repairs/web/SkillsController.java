package cn.houqin.repairs.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.TechnicianSkills;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderService.Technician;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;

/**
 * The dispatcher's page of technicians' skills: which fault categories each technician of
 * the dispatcher's institution (the administrator: of the tenant) handles. The assign
 * list offers the skilled first.
 */
@Controller
class SkillsController {

	private final WorkOrderService service;

	private final TechnicianSkills skills;

	SkillsController(WorkOrderService service, TechnicianSkills skills) {
		this.service = service;
		this.skills = skills;
	}

	@GetMapping("/repairs/skills")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	String show(Model model) {
		model.addAttribute("technicians", technicians(DataScopes.currentUser()));
		model.addAttribute("categories", Category.values());
		return "repairs/skills";
	}

	@PostMapping("/repairs/skills/{userId}")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	String change(@PathVariable long userId, @RequestParam(required = false) List<Category> categories,
			RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		if (technicians(user).stream().noneMatch(t -> t.userId() == userId)) {
			throw new NotFoundException("Technician", userId);
		}
		Set<Category> chosen = categories == null || categories.isEmpty() ? EnumSet.noneOf(Category.class)
				: EnumSet.copyOf(categories);
		this.skills.change(user.tenantId(), userId, chosen);
		redirect.addFlashAttribute("flashSuccess", "repairs.skills.saved");
		return "redirect:/repairs/skills";
	}

	/**
	 * The technicians of the dispatcher's institution, or the tenant's for the
	 * administrator.
	 */
	private List<Technician> technicians(CurrentUser user) {
		return this.service.techniciansFor(user);
	}

}
