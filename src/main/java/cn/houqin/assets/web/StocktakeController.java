package cn.houqin.assets.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
import cn.houqin.document.ExcelExport;
import cn.houqin.document.PdfApi;
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

	private final PdfApi pdf;

	private final MessageSource messages;

	StocktakeController(AssetStocktakeService stocktakes, DataScopes scopes, Choices choices, PdfApi pdf,
			MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
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

	@GetMapping("/assets/stocktakes/{id}/variances.pdf")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	ResponseEntity<byte[]> variancesPdf(@PathVariable long id) {
		AssetStocktakeView stocktake = this.stocktakes.view(this.scopes.forPermission(AssetStocktakeService.COUNT), id);
		byte[] file = this.pdf.render("assets/stocktake-pdf", java.util.Map.<String, Object>of("stocktake", stocktake),
				LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "stocktake-" + id + "-variances.pdf");
	}

	@GetMapping("/assets/stocktakes/{id}/variances.xlsx")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	void variancesExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
		AssetStocktakeView stocktake = this.stocktakes.view(this.scopes.forPermission(AssetStocktakeService.COUNT), id);
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"stocktake-" + id + "-variances.xlsx\"");
		java.util.Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.write(response.getOutputStream(), "盘点差异", List.of("资产编号", "资产名称", "账面地点", "实盘地点", "差异"),
				stocktake.variances()
					.stream()
					.map(v -> List.<Object>of(v.assetNo(), v.assetName(), nullToEmpty(v.bookLocation()),
							nullToEmpty(v.foundLocation()),
							this.messages.getMessage("assets.lineResult." + v.result(), null, locale))));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
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
