package cn.houqin.supplies.web;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;
import cn.houqin.supplies.domain.StocktakeService;
import cn.houqin.supplies.domain.StocktakeView;

/**
 * Stocktake pages (盘点, 篇8 第六条 确保帐物相符): the list of count sheets, the counting page (one
 * line per item, saved line by line from a phone) with its variances, and closing the
 * sheet so that the variances go to approval.
 */
@Controller
class SupplyStocktakeController {

	private final StocktakeService stocktakes;

	private final Actors actors;

	private final Flash flash;

	SupplyStocktakeController(StocktakeService stocktakes, Actors actors, Flash flash) {
		this.stocktakes = stocktakes;
		this.actors = actors;
		this.flash = flash;
	}

	@GetMapping("/supplies/stocktakes")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String list(Model model) {
		model.addAttribute("sheets", this.stocktakes.list(this.actors.store()));
		return "supplies/stocktakes";
	}

	@PostMapping("/supplies/stocktakes")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String open(RedirectAttributes redirect) {
		try {
			StocktakeView opened = this.stocktakes.open(this.actors.store());
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.stocktakeOpened");
			return "redirect:/supplies/stocktakes/" + opened.id();
		}
		catch (BusinessRuleException ex) {
			this.flash.error(redirect, ex);
			return "redirect:/supplies/stocktakes";
		}
	}

	@GetMapping("/supplies/stocktakes/{id}")
	@PreAuthorize("hasAnyAuthority('supplies.store.manage', 'supplies.report.view')")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("s",
				this.stocktakes.view(this.actors.current("supplies.store.manage", "supplies.report.view"), id));
		return "supplies/stocktake";
	}

	/**
	 * One counted line from the counting page; answers the sheet fragment to an htmx
	 * request.
	 */
	@PostMapping("/supplies/stocktakes/{id}/lines/{itemId}")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String count(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String counted,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		StocktakeView sheet;
		try {
			BigDecimal quantity = parse(counted);
			sheet = this.stocktakes.count(this.actors.store(), id, Map.of(itemId, quantity));
		}
		catch (BusinessRuleException ex) {
			if (!Htmx.isHtmx(request)) {
				this.flash.error(redirect, ex);
				return "redirect:/supplies/stocktakes/" + id;
			}
			sheet = this.stocktakes.view(this.actors.store(), id);
			model.addAttribute("lineError", itemId);
			model.addAttribute("lineErrorKey", ex.messageKey());
			model.addAttribute("lineErrorInput", counted);
		}
		model.addAttribute("s", sheet);
		return Htmx.isHtmx(request) ? "supplies/stocktake :: sheet" : "redirect:/supplies/stocktakes/" + id;
	}

	@PostMapping("/supplies/stocktakes/{id}/close")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.stocktakes.close(this.actors.store(), id);
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.stocktakeClosed");
		}
		catch (BusinessRuleException ex) {
			this.flash.error(redirect, ex);
		}
		return "redirect:/supplies/stocktakes/" + id;
	}

	private static BigDecimal parse(String counted) {
		try {
			return (counted == null || counted.isBlank()) ? null : new BigDecimal(counted.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException("counted", "supplies.stocktake.error.number");
		}
	}

}
