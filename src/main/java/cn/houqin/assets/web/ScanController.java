package cn.houqin.assets.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.AssetStocktakeService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The phone page a label's QR code opens: the card, and what may be done from there —
 * report a fault (repairs), confirm presence in an open stocktake, request a transfer.
 */
@Controller
class ScanController {

	private final AssetService assets;

	private final AssetStocktakeService stocktakes;

	private final DataScopes scopes;

	ScanController(AssetService assets, AssetStocktakeService stocktakes, DataScopes scopes) {
		this.assets = assets;
		this.stocktakes = stocktakes;
		this.scopes = scopes;
	}

	@GetMapping("/assets/scan/{assetNo}")
	@PreAuthorize("hasAuthority('assets.view')")
	String scan(@PathVariable String assetNo, Model model) {
		CurrentUser user = DataScopes.currentUser();
		AssetView asset = this.assets.byNumber(this.scopes.forPermission(AssetService.VIEW), assetNo);
		model.addAttribute("asset", asset);
		model.addAttribute("openStocktakes",
				user.can(AssetStocktakeService.COUNT)
						? this.stocktakes.openFor(this.scopes.forPermission(AssetStocktakeService.COUNT), asset.id())
						: java.util.List.of());
		return "assets/scan";
	}

	@PostMapping("/assets/scan/{assetNo}/confirm")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	String confirm(@PathVariable String assetNo, @RequestParam long stocktakeId,
			@RequestParam(required = false) String location, RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		AssetView asset = this.assets.byNumber(this.scopes.forPermission(AssetService.VIEW), assetNo);
		DataScope scope = this.scopes.forPermission(AssetStocktakeService.COUNT);
		try {
			this.stocktakes.confirm(user, scope, stocktakeId, asset.id(), location);
			redirect.addFlashAttribute("flashSuccess", "assets.flash.presenceConfirmed");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		return "redirect:/assets/scan/" + assetNo;
	}

}
