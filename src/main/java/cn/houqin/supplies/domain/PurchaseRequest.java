package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A purchase request (采购申请, 篇8 第二、三条): filed by a dept head with items, quantities,
 * handler (经办人) and reason (事由); approved by the tiers of 第五条; quoted by three suppliers
 * (货比三家) unless every item is in the centralised-procurement catalogue; ordered and
 * received, possibly in parts.
 */
@Entity
@Table(name = "sup_purchase_request")
@Audited("supplies.purchaseRequest")
class PurchaseRequest extends Aggregate<PurchaseRequest> {

	static final String TYPE = "SUPPLY_PURCHASE";

	static final int QUOTES_NEEDED = 3;

	@Column(name = "unit_id")
	private long unitId;

	private long handlerStaffId;

	private long requesterUserId;

	private String reason;

	private LocalDate neededBy;

	private BigDecimal total;

	@Enumerated(EnumType.STRING)
	private PurchaseStatus status;

	private Long approvalId;

	private Integer chosenQuote;

	private String choiceReason;

	private Instant orderedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sup_purchase_line", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<PurchaseLine> lines = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sup_quote", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<Quote> quotes = new ArrayList<>();

	protected PurchaseRequest() {
	}

	PurchaseRequest(long tenantId, long requesterUserId, long unitId, long handlerStaffId, String reason,
			LocalDate neededBy, List<PurchaseLine> lines) {
		super(tenantId);
		this.requesterUserId = requesterUserId;
		this.unitId = unitId;
		this.handlerStaffId = handlerStaffId;
		this.reason = reason;
		this.neededBy = neededBy;
		this.lines.addAll(lines);
		this.total = Money.of(lines.stream().map(PurchaseLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
		this.status = PurchaseStatus.IN_APPROVAL;
	}

	void submitted(long approvalId) {
		this.approvalId = approvalId;
	}

	void approvalReports(PurchaseStatus outcome) {
		if (this.status == PurchaseStatus.IN_APPROVAL) {
			this.status = outcome;
		}
	}

	/**
	 * Records the quotes and the supplier chosen; one that is not the lowest needs a
	 * written reason.
	 */
	void quote(List<Quote> quotes, int chosen, String reason) {
		if (this.status != PurchaseStatus.APPROVED && this.status != PurchaseStatus.IN_APPROVAL) {
			throw new BusinessRuleException("supplies.purchase.error.notQuotable");
		}
		if (quotes.size() < QUOTES_NEEDED) {
			throw new BusinessRuleException("quotes", "supplies.purchase.error.threeQuotes", QUOTES_NEEDED);
		}
		if (chosen < 0 || chosen >= quotes.size()) {
			throw new BusinessRuleException("chosen", "supplies.purchase.error.noChoice");
		}
		BigDecimal lowest = quotes.stream().map(Quote::getAmount).min(Comparator.naturalOrder()).orElseThrow();
		boolean notLowest = quotes.get(chosen).getAmount().compareTo(lowest) > 0;
		if (notLowest && (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("choiceReason", "supplies.purchase.error.reasonForChoice");
		}
		this.quotes.clear();
		this.quotes.addAll(quotes);
		this.chosenQuote = chosen;
		this.choiceReason = reason == null || reason.isBlank() ? null : reason.trim();
	}

	/** Places the order: only against an approved request with its quotes. */
	void order(boolean allCentralised) {
		if (this.status != PurchaseStatus.APPROVED) {
			throw new BusinessRuleException("supplies.purchase.error.notApproved");
		}
		if (!allCentralised && this.chosenQuote == null) {
			throw new BusinessRuleException("quotes", "supplies.purchase.error.threeQuotes", QUOTES_NEEDED);
		}
		this.status = PurchaseStatus.ORDERED;
		this.orderedAt = Instant.now();
	}

	/** Books a delivery against the order; more than ordered is refused. */
	void receive(long itemId, BigDecimal quantity) {
		if (this.status != PurchaseStatus.ORDERED && this.status != PurchaseStatus.PARTIALLY_RECEIVED) {
			throw new BusinessRuleException("purchaseRequestId", "supplies.receipt.error.notOrdered");
		}
		PurchaseLine line = this.lines.stream()
			.filter(l -> l.getItemId() == itemId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("itemId", "supplies.receipt.error.notOnRequest", itemId));
		if (line.outstanding().compareTo(quantity) < 0) {
			throw new BusinessRuleException("quantityAccepted", "supplies.receipt.error.overDelivered",
					Quantities.of(line.outstanding()).toPlainString());
		}
		line.received(quantity);
		boolean complete = this.lines.stream().allMatch(l -> l.outstanding().signum() <= 0);
		this.status = complete ? PurchaseStatus.RECEIVED : PurchaseStatus.PARTIALLY_RECEIVED;
	}

	String number() {
		return "CG" + String.format("%06d", getId());
	}

	String summary() {
		return number() + " " + this.reason;
	}

	long getUnitId() {
		return this.unitId;
	}

	long getHandlerStaffId() {
		return this.handlerStaffId;
	}

	long getRequesterUserId() {
		return this.requesterUserId;
	}

	String getReason() {
		return this.reason;
	}

	LocalDate getNeededBy() {
		return this.neededBy;
	}

	BigDecimal getTotal() {
		return this.total;
	}

	PurchaseStatus getStatus() {
		return this.status;
	}

	Long getApprovalId() {
		return this.approvalId;
	}

	Integer getChosenQuote() {
		return this.chosenQuote;
	}

	String getChoiceReason() {
		return this.choiceReason;
	}

	Instant getOrderedAt() {
		return this.orderedAt;
	}

	List<PurchaseLine> getLines() {
		return List.copyOf(this.lines);
	}

	List<Quote> getQuotes() {
		return List.copyOf(this.quotes);
	}

}
