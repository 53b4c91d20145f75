package cn.houqin.assets.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.assets.domain.AssetStocktakeService;
import cn.houqin.assets.domain.AssetStocktakeView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * AssetStocktakes: the list with the start form, and one stocktake with its lines,
 * ticking, variances, closing and posting.
 */
@Controller
class StocktakeController {

	private final AssetStocktakeService stocktakes;

	private final DataScopes scopes;

	private final Choices choices;

	StocktakeController(AssetStocktakeService stocktakes, DataScopes scopes, Choices choices) {
		this.stocktakes = stocktakes;
		this.scopes = scopes;
		this.choices = choices;
	}

	@GetMapping("/assets/stocktakes")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	String list(Model model) {
		DataScope scope = this.scopes.forPermission(AssetStocktakeService.COUNT);
		model.addAttribute("stocktakes", this.stocktakes.list(scope));
		model.addAttribute("units", this.choices.units(scope));
		return "assets/stocktakes";
	}

	@PostMapping("/assets/stocktakes")
	@PreAuthorize("hasAuthority('assets.stocktake.manage')")
	String start(@RequestParam String title, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String location, RedirectAttributes redirect) {
		try {
			AssetStocktakeView view = this.stocktakes.start(this.scopes.forPermission(AssetStocktakeService.MANAGE),
					title, unitId, location);
			redirect.addFlashAttribute("flashSuccess", "assets.flash.stocktakeStarted");
			return "redirect:/assets/stocktakes/" + view.id();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
			return "redirect:/assets/stocktakes";
		}
	}

	@GetMapping("/assets/stocktakes/{id}")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("stocktake",
				this.stocktakes.view(this.scopes.forPermission(AssetStocktakeService.COUNT), id));
		return "assets/stocktake";
	}

	@PostMapping("/assets/stocktakes/{id}/confirm")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	String confirm(@PathVariable long id, @RequestParam long assetId, @RequestParam(required = false) String location,
			RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		return act(id, redirect, () -> this.stocktakes.confirm(user,
				this.scopes.forPermission(AssetStocktakeService.COUNT), id, assetId, location));
	}

	@PostMapping("/assets/stocktakes/{id}/close")
	@PreAuthorize("hasAuthority('assets.stocktake.manage')")
	String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.stocktakes.close(this.scopes.forPermission(AssetStocktakeService.MANAGE), id, version));
	}

	@PostMapping("/assets/stocktakes/{id}/post")
	@PreAuthorize("hasAuthority('assets.stocktake.manage')")
	String post(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		return act(id, redirect,
				() -> this.stocktakes.post(user, this.scopes.forPermission(AssetStocktakeService.MANAGE), id, version));
	}

	private static String act(long id, RedirectAttributes redirect, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", "assets.flash.done");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "assets.error.changed");
		}
		return "redirect:/assets/stocktakes/" + id;
	}

}
