package cn.houqin.supplies.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.document.ExcelExport;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.StockPolicy;

/**
 * The catalogue with stock, minimum-level alerts and reorder suggestions, its Excel
 * export, and the item form.
 */
@Controller
class ItemController {

	private static final Map<String, String> SORT = Map.of("code", "code", "name", "name");

	private final CatalogueService catalogue;

	private final MessageSource messages;

	ItemController(CatalogueService catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/supplies/items")
	@PreAuthorize("hasAuthority('supplies.item.view')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) StockPolicy stockPolicy, @RequestParam(defaultValue = "false") boolean low,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
			HttpServletRequest request, Model model) {
		long tenant = DataScopes.currentUser().tenantId();
		model.addAttribute("page", this.catalogue.items(tenant, new ItemFilter(q, categoryId, stockPolicy, low),
				Paging.of(page, null, sort, SORT, Sort.by("code"))));
		model.addAttribute("categories", this.catalogue.categories(tenant));
		model.addAttribute("policies", StockPolicy.values());
		return Htmx.view(request, "supplies/items", "results");
	}

	@GetMapping("/supplies/items/export")
	@PreAuthorize("hasAuthority('supplies.item.view')")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) StockPolicy stockPolicy, @RequestParam(defaultValue = "false") boolean low,
			HttpServletResponse response) throws IOException {
		long tenant = DataScopes.currentUser().tenantId();
		List<ItemView> items = low ? this.catalogue.lowStock(tenant)
				: this.catalogue.all(tenant, new ItemFilter(q, categoryId, stockPolicy, false));
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("办公用品库存.xlsx", StandardCharsets.UTF_8).build().toString());
		List<String> headers = List
			.of("supplies.item.code", "supplies.item.name", "supplies.item.category", "supplies.item.specification",
					"supplies.item.unit", "supplies.item.stockPolicy", "supplies.stock.onHand",
					"supplies.stock.reserved", "supplies.stock.available", "supplies.stock.value",
					"supplies.stock.averageCost", "supplies.item.minLevel", "supplies.item.maxLevel",
					"supplies.stock.reorder")
			.stream()
			.map(this::text)
			.toList();
		ExcelExport.write(response.getOutputStream(), text("supplies.items.title"), headers,
				items.stream()
					.map(i -> List.<Object>of(i.code(), i.name(), nz(i.categoryName()), nz(i.specification()), i.unit(),
							text("supplies.stockPolicy." + i.stockPolicy()), i.stock().onHand(), i.stock().reserved(),
							i.stock().available(), i.stock().value(), i.stock().averageCost(),
							i.minLevel() == null ? "" : i.minLevel(), i.maxLevel() == null ? "" : i.maxLevel(),
							i.reorderQuantity())));
	}

	@GetMapping("/supplies/items/new")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	String initCreationForm(Model model) {
		ItemForm form = new ItemForm();
		form.setStockPolicy(StockPolicy.STOCKED);
		form.setReferencePrice(BigDecimal.ZERO);
		model.addAttribute("itemForm", form);
		return form(model);
	}

	@PostMapping("/supplies/items/new")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	String processCreationForm(@ModelAttribute ItemForm itemForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.catalogue.create(DataScopes.currentUser().tenantId(), itemForm.toDraft());
				redirect.addFlashAttribute("flashSuccess", "supplies.flash.itemCreated");
				return "redirect:/supplies/items";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("categories", this.catalogue.categories(DataScopes.currentUser().tenantId()));
		model.addAttribute("policies", StockPolicy.values());
		return "supplies/item-form";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static Object nz(Object value) {
		return value == null ? "" : value;
	}

}
