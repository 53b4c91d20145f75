package cn.houqin.assets.web;

import java.math.BigDecimal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.assets.domain.CategoryService;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The classification tree with its editable useful lives and capitalisation thresholds.
 */
@Controller
class CategoryController {

	private final CategoryService categories;

	CategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping("/assets/categories")
	@PreAuthorize("hasAuthority('assets.view')")
	String list(Model model) {
		model.addAttribute("categories", this.categories.all(DataScopes.currentUser().tenantId()));
		return "assets/categories";
	}

	@PostMapping("/assets/categories/{id}")
	@PreAuthorize("hasAuthority('assets.manage')")
	String revise(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Integer usefulLifeMonths,
			@RequestParam(required = false) BigDecimal capitalisationThreshold, RedirectAttributes redirect) {
		try {
			this.categories.revise(DataScopes.currentUser().tenantId(), id, version, usefulLifeMonths,
					capitalisationThreshold);
			redirect.addFlashAttribute("flashSuccess", "assets.flash.done");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "assets.error.changed");
		}
		return "redirect:/assets/categories";
	}

}
