package cn.houqin.supplies.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.approval.RoutePreview;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;
import cn.houqin.shared.web.Paging;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.CategoryView;
import cn.houqin.supplies.domain.DamageDraft;
import cn.houqin.supplies.domain.DamageService;
import cn.houqin.supplies.domain.DamageView;
import cn.houqin.supplies.domain.ItemDraft;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.PurchaseDraft;
import cn.houqin.supplies.domain.PurchaseService;
import cn.houqin.supplies.domain.PurchaseStatus;
import cn.houqin.supplies.domain.PurchaseView;
import cn.houqin.supplies.domain.QuoteDraft;
import cn.houqin.supplies.domain.ReceiptDraft;
import cn.houqin.supplies.domain.ReceiptView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionFilter;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionStatus;
import cn.houqin.supplies.domain.RequisitionView;
import cn.houqin.supplies.domain.StockPolicy;
import cn.houqin.supplies.domain.StockShortException;
import cn.houqin.supplies.domain.StocktakeService;
import cn.houqin.supplies.domain.StocktakeView;
import cn.houqin.supplies.domain.StockView;

/**
 * The supplies JSON API: catalogue and stock, purchase requests, receipts, requisitions.
 * Short stock answers 409 problem+json naming the item and the quantity available.
 */
@RestController
@RequestMapping("/api/v1/supplies")
@Tag(name = "supplies", description = "Office supplies: catalogue, purchase requests, receipts, requisitions")
class SuppliesApiController {

	private static final Map<String, String> ITEM_SORT = Map.of("code", "code", "name", "name");

	private final CatalogueService catalogue;

	private final PurchaseService purchases;

	private final ReceivingService receiving;

	private final RequisitionService requisitions;

	private final Actors actors;

	private final MessageSource messages;

	private final StocktakeService stocktakes;

	private final DamageService damages;

	SuppliesApiController(CatalogueService catalogue, PurchaseService purchases, ReceivingService receiving,
			RequisitionService requisitions, Actors actors, MessageSource messages, StocktakeService stocktakes,
			DamageService damages) {
		this.stocktakes = stocktakes;
		this.damages = damages;
		this.catalogue = catalogue;
		this.purchases = purchases;
		this.receiving = receiving;
		this.requisitions = requisitions;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/categories")
	@PreAuthorize("hasAuthority('supplies.item.view')")
	@Operation(summary = "The category tree in depth-first order")
	List<CategoryView> categories() {
		return this.catalogue.categories(tenant());
	}

	@GetMapping("/items")
	@PreAuthorize("hasAuthority('supplies.item.view')")
	@Operation(summary = "Catalogue items with stock: q, categoryId, stockPolicy, low (at or below minimum), page, "
			+ "size, sort (code, name)")
	PageResult<ItemView> items(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) StockPolicy stockPolicy,
			@RequestParam(defaultValue = "false") boolean low, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.catalogue.items(tenant(), new ItemFilter(q, categoryId, stockPolicy, low),
				Paging.of(page, size, sort, ITEM_SORT, Sort.by("code")));
	}

	@PostMapping("/items")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	@Operation(summary = "Adds a catalogue item; 422 for a duplicate code or unknown category")
	ResponseEntity<ItemView> createItem(@RequestBody ItemDraft draft) {
		ItemView created = this.catalogue.create(tenant(), draft);
		return ResponseEntity.created(URI.create("/api/v1/supplies/items/" + created.id())).body(created);
	}

	@GetMapping("/items/{id}")
	@PreAuthorize("hasAuthority('supplies.item.view')")
	ItemView item(@PathVariable long id) {
		return this.catalogue.itemView(tenant(), id);
	}

	@PutMapping("/items/{id}")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	@Operation(summary = "Changes an item; version (query) guards against lost updates (409)")
	ItemView updateItem(@PathVariable long id, @RequestParam long version, @RequestBody ItemDraft draft) {
		return this.catalogue.update(tenant(), id, version, draft);
	}

	@GetMapping("/items/{id}/stock")
	@PreAuthorize("hasAuthority('supplies.item.view')")
	@Operation(summary = "On hand, reserved, available, value and moving average cost")
	StockView stock(@PathVariable long id) {
		return this.catalogue.stock(tenant(), id);
	}

	@GetMapping("/purchase-requests/route-preview")
	@PreAuthorize("hasAuthority('supplies.purchase.create')")
	@Operation(summary = "The approval route a request of this total would take")
	RoutePreview preview(@RequestParam BigDecimal total, @RequestParam(required = false) Long unitId) {
		var actor = this.actors.purchasing();
		return this.purchases.preview(actor, unitId != null ? unitId : actor.requester().requireUnit(), total);
	}

	@GetMapping("/purchase-requests")
	@PreAuthorize("hasAnyAuthority('supplies.purchase.create', 'supplies.purchase.manage')")
	PageResult<PurchaseView> purchaseRequests(@RequestParam(required = false) PurchaseStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.purchases.list(this.actors.purchasing(), status, q,
				Paging.of(page, size, null, Map.of(), Sort.by(Sort.Direction.DESC, "id")));
	}

	@PostMapping("/purchase-requests")
	@PreAuthorize("hasAuthority('supplies.purchase.create')")
	@Operation(summary = "Files a purchase request and submits it for approval: 201 with id, total, status and "
			+ "route; 422 when the total is above every tier")
	ResponseEntity<PurchaseView> file(@RequestBody PurchaseDraft draft) {
		PurchaseView filed = this.purchases.file(this.actors.purchasing(), draft);
		return ResponseEntity.created(URI.create("/api/v1/supplies/purchase-requests/" + filed.id())).body(filed);
	}

	@GetMapping("/purchase-requests/{id}")
	@PreAuthorize("hasAnyAuthority('supplies.purchase.create', 'supplies.purchase.manage')")
	PurchaseView purchaseRequest(@PathVariable long id) {
		return this.purchases.view(this.actors.purchasing(), id);
	}

	@PostMapping("/purchase-requests/{id}/quotes")
	@PreAuthorize("hasAuthority('supplies.purchase.manage')")
	@Operation(summary = "Records at least three quotes and the chosen one; a choice other than the lowest needs "
			+ "choiceReason")
	PurchaseView quote(@PathVariable long id, @RequestBody QuoteDraft draft) {
		return this.purchases.quote(this.actors.purchasing(), id, draft);
	}

	@PostMapping("/purchase-requests/{id}/order")
	@PreAuthorize("hasAuthority('supplies.purchase.manage')")
	@Operation(summary = "Places the order; 422 unless the request is approved and quoted")
	PurchaseView order(@PathVariable long id) {
		return this.purchases.order(this.actors.purchasing(), id);
	}

	@PostMapping("/receipts")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "Receives goods: stocked lines go into stock at the moving average cost, lines at the "
			+ "fixed-asset threshold go to the assets module; 422 when the request is not approved and ordered")
	ResponseEntity<ReceiptView> receive(@RequestBody ReceiptDraft draft) {
		ReceiptView receipt = this.receiving.receive(this.actors.current(Actors.STORE, Actors.PROCURE), draft);
		return ResponseEntity.created(URI.create("/api/v1/supplies/receipts/" + receipt.id())).body(receipt);
	}

	@GetMapping("/receipts/{id}")
	@PreAuthorize("hasAnyAuthority('supplies.store.manage', 'supplies.requisition.create')")
	ReceiptView receipt(@PathVariable long id) {
		return this.receiving.view(this.actors.current(Actors.STORE, Actors.PROCURE), id);
	}

	@PostMapping("/receipts/{id}/confirm-receipt")
	@PreAuthorize("hasAuthority('supplies.requisition.create')")
	@Operation(summary = "The recipient of goods bought for a request signs on the invoice record")
	ReceiptView signInvoice(@PathVariable long id) {
		return this.receiving.confirmByRecipient(this.actors.current(Actors.STORE, Actors.PROCURE), id);
	}

	@GetMapping("/requisitions")
	@PreAuthorize("hasAnyAuthority('supplies.requisition.create', 'supplies.store.manage')")
	@Operation(summary = "Requisitions: the caller's own, or all in the keeper's scope; status, q, mine, page, size")
	PageResult<RequisitionView> requisitions(@RequestParam(required = false) RequisitionStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.requisitions.list(this.actors.store(), new RequisitionFilter(q, status, null, null, mine, false),
				PageRequest.of(page == null ? 0 : Math.max(0, page),
						size == null ? Paging.DEFAULT_SIZE : Math.min(Math.max(1, size), Paging.MAX_SIZE),
						Sort.by(Sort.Direction.DESC, "id")));
	}

	@PostMapping("/requisitions")
	@PreAuthorize("hasAuthority('supplies.requisition.create')")
	@Operation(summary = "Requisitions stocked items for one purpose and reserves them: 201, or 409 naming the item "
			+ "and the quantity available")
	ResponseEntity<RequisitionView> requisition(@RequestBody RequisitionDraft draft) {
		RequisitionView created = this.requisitions.submit(this.actors.store(), draft);
		return ResponseEntity.created(URI.create("/api/v1/supplies/requisitions/" + created.id())).body(created);
	}

	@GetMapping("/requisitions/{id}")
	@PreAuthorize("hasAnyAuthority('supplies.requisition.create', 'supplies.store.manage')")
	RequisitionView requisition(@PathVariable long id) {
		return this.requisitions.view(this.actors.store(), id);
	}

	@PostMapping("/requisitions/{id}/issue")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "The keeper issues the reserved goods at the moving average cost")
	RequisitionView issue(@PathVariable long id) {
		return this.requisitions.issue(this.actors.store(), id);
	}

	@PostMapping("/requisitions/{id}/confirm-receipt")
	@PreAuthorize("hasAuthority('supplies.requisition.create')")
	@Operation(summary = "The recipient confirms receipt (the register's signature)")
	RequisitionView confirm(@PathVariable long id) {
		return this.requisitions.confirmReceipt(this.actors.store(), id);
	}

	@PostMapping("/requisitions/{id}/cancel")
	@PreAuthorize("hasAnyAuthority('supplies.requisition.create', 'supplies.store.manage')")
	@Operation(summary = "Cancels a requisition not yet issued and releases its reservation")
	RequisitionView cancel(@PathVariable long id) {
		return this.requisitions.cancel(this.actors.store(), id);
	}

	@PostMapping("/stocktakes")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "Opens a count sheet of every stocked item with the book quantities frozen now")
	ResponseEntity<StocktakeView> openStocktake() {
		StocktakeView opened = this.stocktakes.open(this.actors.store());
		return ResponseEntity.created(URI.create("/api/v1/supplies/stocktakes/" + opened.id())).body(opened);
	}

	@GetMapping("/stocktakes/{id}")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	StocktakeView stocktake(@PathVariable long id) {
		return this.stocktakes.view(this.actors.store(), id);
	}

	@PostMapping("/stocktakes/{id}/counts")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "Enters counted quantities: {lines:[{itemId, countedQuantity}]}")
	StocktakeView count(@PathVariable long id, @RequestBody Counts counts) {
		Map<Long, BigDecimal> counted = new java.util.LinkedHashMap<>();
		counts.lines().forEach(l -> counted.put(l.itemId(), l.countedQuantity()));
		return this.stocktakes.count(this.actors.store(), id, counted);
	}

	@PostMapping("/stocktakes/{id}/close")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "Closes counting; variances go to approval and are posted once approved")
	StocktakeView close(@PathVariable long id) {
		return this.stocktakes.close(this.actors.store(), id);
	}

	@GetMapping("/damages")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	List<DamageView> damages() {
		return this.damages.list(this.actors.store());
	}

	@PostMapping("/damages")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "Records damage through misuse against the responsible person: "
			+ "{responsibleStaffId, subject, description, damagedOn, loss}")
	ResponseEntity<DamageView> recordDamage(@RequestBody DamageDraft draft) {
		DamageView recorded = this.damages.record(this.actors.store(), draft);
		return ResponseEntity.created(URI.create("/api/v1/supplies/damages/" + recorded.id())).body(recorded);
	}

	@PostMapping("/damages/{id}/decision")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	@Operation(summary = "Decides the compensation (at most the loss): {compensation, decision}")
	DamageView decide(@PathVariable long id, @RequestBody Decision decision) {
		return this.damages.decide(this.actors.store(), id, decision.compensation(), decision.decision());
	}

	/**
	 * @param compensation the amount the responsible person pays, in 元
	 * @param decision the decision's text
	 */
	record Decision(BigDecimal compensation, String decision) {
	}

	/**
	 * Counted quantities.
	 *
	 * @param lines one per item counted
	 */
	record Counts(List<Line> lines) {

		Counts {
			lines = lines == null ? List.of() : List.copyOf(lines);
		}

		/**
		 * @param itemId the item
		 * @param countedQuantity what is on the shelf
		 */
		record Line(Long itemId, BigDecimal countedQuantity) {
		}

	}

	@ExceptionHandler(StockShortException.class)
	ResponseEntity<ProblemDetail> shortOfStock(StockShortException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setType(URI.create("https://houqin.cn/problems/stock-short"));
		problem.setTitle(
				this.messages.getMessage("supplies.stock.error.short.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		problem.setProperty("code", ex.messageKey());
		problem.setProperty("itemId", ex.itemId());
		problem.setProperty("itemName", ex.itemName());
		problem.setProperty("available", ex.available());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static long tenant() {
		CurrentUser user = DataScopes.currentUser();
		return user.tenantId();
	}

}
