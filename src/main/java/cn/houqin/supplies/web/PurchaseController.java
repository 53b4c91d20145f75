package cn.houqin.supplies.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.PurchaseService;
import cn.houqin.supplies.domain.PurchaseStatus;
import cn.houqin.supplies.domain.PurchaseView;
import cn.houqin.supplies.domain.QuoteAttachment;
import cn.houqin.supplies.domain.ReceivingService;

/**
 * Purchase request pages: the list, the form with the route shown before submitting
 * (htmx), and the detail where the logistics officer records quotes, orders and receives.
 */
@Controller
class PurchaseController {

	private final PurchaseService purchases;

	private final ReceivingService receiving;

	private final CatalogueService catalogue;

	private final Actors actors;

	private final Flash flash;

	PurchaseController(PurchaseService purchases, ReceivingService receiving, CatalogueService catalogue, Actors actors,
			Flash flash) {
		this.flash = flash;
		this.purchases = purchases;
		this.receiving = receiving;
		this.catalogue = catalogue;
		this.actors = actors;
	}

	@GetMapping("/supplies/purchases")
	@PreAuthorize("hasAnyAuthority('supplies.purchase.create', 'supplies.purchase.manage')")
	String list(@RequestParam(required = false) PurchaseStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("page", this.purchases.list(this.actors.purchasing(), status, q,
				PageRequest.of(page == null ? 0 : Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "id"))));
		model.addAttribute("statuses", PurchaseStatus.values());
		return Htmx.view(request, "supplies/purchases", "results");
	}

	@GetMapping("/supplies/purchases/new")
	@PreAuthorize("hasAuthority('supplies.purchase.create')")
	String initCreationForm(Model model) {
		model.addAttribute("purchaseForm", LinesForm.withBlankLines(5));
		return form(model);
	}

	@PostMapping("/supplies/purchases/new")
	@PreAuthorize("hasAuthority('supplies.purchase.create')")
	String processCreationForm(@ModelAttribute("purchaseForm") LinesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PurchaseView filed = this.purchases.file(this.actors.purchasing(),
						form.toPurchase(DataScopes.currentUser().staffId()));
				redirect.addFlashAttribute("flashSuccess", "supplies.flash.purchaseSubmitted");
				return "redirect:/supplies/purchases/" + filed.id();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	/** The route for the form's current total (htmx). */
	@GetMapping("/supplies/purchases/preview")
	@PreAuthorize("hasAuthority('supplies.purchase.create')")
	String preview(@ModelAttribute("purchaseForm") LinesForm form, Model model) {
		Actor actor = this.actors.purchasing();
		BigDecimal total = form.getLines()
			.stream()
			.filter(l -> l.getQuantity() != null && l.getUnitPrice() != null)
			.map(l -> l.getQuantity().multiply(l.getUnitPrice()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		model.addAttribute("total", total);
		if (total.signum() > 0 && actor.requester().unitId() != null) {
			model.addAttribute("preview", this.purchases.preview(actor, actor.requester().unitId(), total));
		}
		return "supplies/purchase-form :: route";
	}

	private String form(Model model) {
		model.addAttribute("items",
				this.catalogue.all(this.actors.purchasing().tenantId(), new ItemFilter(null, null, null, false)));
		return "supplies/purchase-form";
	}

	@GetMapping("/supplies/purchases/{id}")
	@PreAuthorize("hasAnyAuthority('supplies.purchase.create', 'supplies.purchase.manage')")
	String show(@PathVariable long id, Model model) {
		PurchaseView view = this.purchases.view(this.actors.purchasing(), id);
		model.addAttribute("p", view);
		model.addAttribute("receipts", this.receiving.ofRequest(tenant(), id));
		if (!model.containsAttribute("quoteForm")) {
			LinesForm quotes = LinesForm.withBlankLines(3);
			quotes.getLines().forEach(l -> l.setQuotedOn(java.time.LocalDate.now()));
			model.addAttribute("quoteForm", quotes);
		}
		if (!model.containsAttribute("receiveForm")) {
			LinesForm receive = new LinesForm();
			view.lines().forEach(l -> {
				LineForm line = new LineForm();
				line.setItemId(l.itemId());
				line.setQuantity(l.quantity().subtract(l.quantityReceived()));
				line.setUnitPrice(l.unitPrice());
				receive.getLines().add(line);
			});
			model.addAttribute("receiveForm", receive);
		}
		return "supplies/purchase";
	}

	@PostMapping("/supplies/purchases/{id}/quotes")
	@PreAuthorize("hasAuthority('supplies.purchase.manage')")
	String quote(@PathVariable long id, @ModelAttribute("quoteForm") LinesForm form, BindingResult result,
			RedirectAttributes redirect) {
		try {
			this.purchases.quote(this.actors.purchasing(), id, form.toQuotes());
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.quoted");
		}
		catch (BusinessRuleException ex) {
			this.flash.error(redirect, ex);
			form.getLines().forEach(l -> l.setFile(null));
			redirect.addFlashAttribute("quoteForm", form);
		}
		return "redirect:/supplies/purchases/" + id;
	}

	@GetMapping("/supplies/purchases/{id}/quotes/{index}/file")
	@PreAuthorize("hasAnyAuthority('supplies.purchase.create', 'supplies.purchase.manage')")
	ResponseEntity<byte[]> quoteFile(@PathVariable long id, @PathVariable int index) {
		QuoteAttachment file = this.purchases.quoteFile(this.actors.purchasing(), id, index);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/supplies/purchases/{id}/order")
	@PreAuthorize("hasAuthority('supplies.purchase.manage')")
	String order(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.purchases.order(this.actors.purchasing(), id);
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.ordered");
		}
		catch (BusinessRuleException ex) {
			this.flash.error(redirect, ex);
		}
		return "redirect:/supplies/purchases/" + id;
	}

	@PostMapping("/supplies/purchases/{id}/receive")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String receive(@PathVariable long id, @ModelAttribute("receiveForm") LinesForm form, BindingResult result,
			RedirectAttributes redirect) {
		try {
			this.receiving.receive(this.actors.current(Actors.STORE, Actors.PROCURE), form.toReceipt(id));
			redirect.addFlashAttribute("flashSuccess", "supplies.flash.received");
		}
		catch (BusinessRuleException ex) {
			this.flash.error(redirect, ex);
			redirect.addFlashAttribute("receiveForm", form);
		}
		return "redirect:/supplies/purchases/" + id;
	}

	private static long tenant() {
		return DataScopes.currentUser().tenantId();
	}

}
