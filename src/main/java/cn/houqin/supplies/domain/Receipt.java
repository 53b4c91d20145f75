package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.FixedAssetsReceived;

/**
 * A receipt (验收登记入库单, 篇8 第二、六条) with its invoice number; goods bought without an approved
 * request are recorded but marked not reimbursable (第一条: 否则概不报销). For on-demand goods
 * bought for a request, the recipient signs on the invoice record (第七条: 领取人须在购物发票上签字).
 */
@Entity
@Table(name = "sup_receipt")
@Audited("supplies.receipt")
class Receipt extends Aggregate<Receipt> {

	private Long purchaseRequestId;

	private String invoiceNo;

	private String supplier;

	private LocalDate receivedOn;

	private long receiverUserId;

	@Column(name = "unit_id")
	private long unitId;

	private BigDecimal total;

	private boolean reimbursable;

	private Long recipientUserId;

	private String recipientName;

	private Instant recipientConfirmedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sup_receipt_line", joinColumns = @JoinColumn(name = "receipt_id"))
	@OrderColumn(name = "position")
	private List<ReceiptLine> lines = new ArrayList<>();

	protected Receipt() {
	}

	Receipt(long tenantId, Long purchaseRequestId, boolean reimbursable, String invoiceNo, String supplier,
			LocalDate receivedOn, long receiverUserId, long unitId, List<ReceiptLine> lines) {
		super(tenantId);
		this.purchaseRequestId = purchaseRequestId;
		this.reimbursable = reimbursable;
		this.invoiceNo = invoiceNo;
		this.supplier = supplier;
		this.receivedOn = receivedOn;
		this.receiverUserId = receiverUserId;
		this.unitId = unitId;
		this.lines.addAll(lines);
		this.total = Money.of(lines.stream().map(ReceiptLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	void announce(FixedAssetsReceived event) {
		registerEvent(event);
	}

	/** The recipient signs for goods bought for their request. */
	void confirmByRecipient(long userId, String name) {
		if (this.purchaseRequestId == null) {
			throw new BusinessRuleException("supplies.receipt.error.nothingToSign");
		}
		if (this.recipientConfirmedAt != null) {
			throw new BusinessRuleException("supplies.receipt.error.alreadySigned");
		}
		this.recipientUserId = userId;
		this.recipientName = name;
		this.recipientConfirmedAt = Instant.now();
	}

	String number() {
		return "RK" + String.format("%06d", getId());
	}

	Long getPurchaseRequestId() {
		return this.purchaseRequestId;
	}

	String getInvoiceNo() {
		return this.invoiceNo;
	}

	String getSupplier() {
		return this.supplier;
	}

	LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	long getReceiverUserId() {
		return this.receiverUserId;
	}

	long getUnitId() {
		return this.unitId;
	}

	BigDecimal getTotal() {
		return this.total;
	}

	boolean isReimbursable() {
		return this.reimbursable;
	}

	String getRecipientName() {
		return this.recipientName;
	}

	Instant getRecipientConfirmedAt() {
		return this.recipientConfirmedAt;
	}

	List<ReceiptLine> getLines() {
		return List.copyOf(this.lines);
	}

}
