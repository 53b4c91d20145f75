package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;
import cn.houqin.supplies.Capitalisation;
import cn.houqin.supplies.FixedAssetsReceived;

/**
 * Receiving (验收登记入库): books stocked goods into stock at the moving average cost, hands
 * pieces at the fixed-asset threshold to the assets module, and ties the receipt to its
 * approved, ordered purchase request.
 */
@Service
@Transactional
public class ReceivingService {

	private static final Capitalisation SEED_THRESHOLDS = new DefaultCapitalisation();

	private final Receipts receipts;

	private final PurchaseService purchases;

	private final CatalogueService catalogue;

	private final Ledger ledger;

	private final ObjectProvider<Capitalisation> capitalisation;

	ReceivingService(Receipts receipts, PurchaseService purchases, CatalogueService catalogue, Ledger ledger,
			ObjectProvider<Capitalisation> capitalisation) {
		this.receipts = receipts;
		this.purchases = purchases;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.capitalisation = capitalisation;
	}

	/** Every line or none: a refused line leaves stock and the request untouched. */
	public ReceiptView receive(Actor actor, ReceiptDraft draft) {
		if (draft.invoiceNo() == null || draft.invoiceNo().isBlank()) {
			throw new BusinessRuleException("invoiceNo", "supplies.error.required");
		}
		Map<Long, Item> items = validLines(actor.tenantId(), draft.lines());
		PurchaseRequest request = draft.purchaseRequestId() == null ? null
				: this.purchases.request(actor.tenantId(), draft.purchaseRequestId());
		long unitId = request != null ? request.getUnitId() : actor.requester().requireUnit();
		LocalDate on = draft.receivedOn() != null ? draft.receivedOn() : LocalDate.now(RequisitionService.ZONE);
		Capitalisation rule = this.capitalisation.getIfAvailable(() -> SEED_THRESHOLDS);
		List<ReceiptLine> lines = draft.lines().stream().map(l -> {
			Item item = items.get(l.itemId());
			BigDecimal rejected = l.quantityRejected() == null ? BigDecimal.ZERO : l.quantityRejected();
			boolean asset = item.getAssetCategoryCode() != null
					&& rule.isFixedAsset(actor.tenantId(), item.getAssetCategoryCode(), Money.of(l.unitCost()));
			Long custodian = !asset ? null : l.custodianStaffId() != null ? l.custodianStaffId()
					: request != null ? request.getHandlerStaffId() : null;
			return new ReceiptLine(item.getId(), l.quantityAccepted(), rejected, l.unitCost(), asset, custodian);
		}).toList();
		if (request != null) {
			lines.forEach(l -> request.receive(l.getItemId(), l.getQuantityAccepted()));
			this.purchases.save(request);
		}
		Receipt receipt = this.receipts.save(new Receipt(actor.tenantId(), request == null ? null : request.getId(),
				request != null && request.getStatus().reimbursable(), draft.invoiceNo().trim(), draft.supplier(), on,
				actor.userId(), unitId, lines));
		StockDocument document = new StockDocument("SUPPLY_RECEIPT", receipt.getId(), receipt.number(), unitId, null,
				actor.userId(), on);
		for (ReceiptLine line : lines) {
			Item item = items.get(line.getItemId());
			if (line.isFixedAsset()) {
				receipt.announce(assetsReceived(receipt, request, item, line));
			}
			else if (stocked(item, request) && line.getQuantityAccepted().signum() > 0) {
				this.ledger.receive(item, line.getQuantityAccepted(), line.getUnitCost(), document);
			}
		}
		return view(this.receipts.save(receipt), items);
	}

	/**
	 * Stocked items go into the store; on-demand items bought for a request go straight
	 * to its unit, which signs on the invoice record.
	 */
	private static boolean stocked(Item item, PurchaseRequest request) {
		return item.getStockPolicy() == StockPolicy.STOCKED || request == null;
	}

	private Map<Long, Item> validLines(long tenantId, List<ReceiptDraft.Line> lines) {
		if (lines.isEmpty()) {
			throw new BusinessRuleException("lines", "supplies.error.noLines");
		}
		Set<Long> ids = new HashSet<>();
		for (ReceiptDraft.Line line : lines) {
			if (line.quantityAccepted() == null || line.quantityAccepted().signum() < 0
					|| line.quantityRejected() != null && line.quantityRejected().signum() < 0) {
				throw new BusinessRuleException("quantityAccepted", "supplies.error.notNegative");
			}
			BigDecimal rejected = line.quantityRejected() == null ? BigDecimal.ZERO : line.quantityRejected();
			if (line.quantityAccepted().add(rejected).signum() == 0) {
				throw new BusinessRuleException("quantityAccepted", "supplies.error.positive");
			}
			if (line.unitCost() == null || line.unitCost().signum() < 0) {
				throw new BusinessRuleException("unitCost", "supplies.error.notNegative");
			}
			if (line.itemId() != null && !ids.add(line.itemId())) {
				throw new BusinessRuleException("lines", "supplies.error.duplicateItem");
			}
		}
		return this.catalogue.itemsOf(tenantId, ids, "itemId");
	}

	private FixedAssetsReceived assetsReceived(Receipt receipt, PurchaseRequest request, Item item, ReceiptLine line) {
		if (line.getQuantityAccepted().stripTrailingZeros().scale() > 0) {
			throw new BusinessRuleException("quantityAccepted", "supplies.receipt.error.wholePieces", item.getName());
		}
		return new FixedAssetsReceived(receipt.getTenantId(), receipt.getId(), request == null ? null : request.getId(),
				item.getId(), item.getCode(), item.getName(), item.getSpecification(), item.getAssetCategoryCode(),
				line.getQuantityAccepted().intValueExact(), line.getUnitCost(), receipt.getSupplier(),
				receipt.getInvoiceNo(), receipt.getReceivedOn(), receipt.getUnitId(), line.getCustodianStaffId());
	}

	/** The recipient of goods bought for a request signs on the invoice record. */
	public ReceiptView confirmByRecipient(Actor actor, long id) {
		Receipt receipt = this.receipts.findByTenantIdAndId(actor.tenantId(), id)
			.filter(r -> actor.sees(r.getReceiverUserId(), r.getUnitId())
					|| Long.valueOf(r.getUnitId()).equals(actor.requester().unitId()))
			.orElseThrow(() -> new NotFoundException("Receipt", id));
		receipt.confirmByRecipient(actor.userId(), actor.requester().name());
		return view(this.receipts.save(receipt), itemsOf(receipt));
	}

	@Transactional(readOnly = true)
	public ReceiptView view(Actor actor, long id) {
		Receipt receipt = this.receipts.findByTenantIdAndId(actor.tenantId(), id)
			.filter(r -> actor.sees(r.getReceiverUserId(), r.getUnitId())
					|| Long.valueOf(r.getUnitId()).equals(actor.requester().unitId()))
			.orElseThrow(() -> new NotFoundException("Receipt", id));
		return view(receipt, itemsOf(receipt));
	}

	@Transactional(readOnly = true)
	public List<ReceiptView> ofRequest(long tenantId, long requestId) {
		return this.receipts.findByTenantIdAndPurchaseRequestIdOrderById(tenantId, requestId)
			.stream()
			.map(r -> view(r, itemsOf(r)))
			.toList();
	}

	@Transactional(readOnly = true)
	public PageResult<ReceiptView> list(Actor actor, Pageable pageable) {
		return PageResult.of(this.receipts.findByTenantId(actor.tenantId(), pageable), r -> view(r, itemsOf(r)));
	}

	private Map<Long, Item> itemsOf(Receipt receipt) {
		Set<Long> ids = new HashSet<>();
		receipt.getLines().forEach(l -> ids.add(l.getItemId()));
		return this.catalogue.itemsOf(receipt.getTenantId(), ids, "itemId");
	}

	private ReceiptView view(Receipt r, Map<Long, Item> items) {
		List<ReceiptView.Line> lines = r.getLines().stream().map(l -> {
			Item item = items.get(l.getItemId());
			boolean stocked = !l.isFixedAsset()
					&& (item.getStockPolicy() == StockPolicy.STOCKED || r.getPurchaseRequestId() == null);
			return new ReceiptView.Line(l.getItemId(), item.getName(), item.getUnit(),
					Quantities.of(l.getQuantityAccepted()), Quantities.of(l.getQuantityRejected()), l.getUnitCost(),
					l.getAmount(), l.isFixedAsset(), stocked);
		}).toList();
		return new ReceiptView(r.getId(), r.number(), r.getPurchaseRequestId(), r.getInvoiceNo(), r.getSupplier(),
				r.getReceivedOn(), r.getUnitId(), r.getTotal(), r.isReimbursable(), r.getRecipientName(),
				r.getRecipientConfirmedAt(), lines);
	}

}
