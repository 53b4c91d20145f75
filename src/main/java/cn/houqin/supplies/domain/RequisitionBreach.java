package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A limit a requisition went over when it was submitted, kept with the requisition so the
 * approvers and the requester see why it needs approval.
 */
@Embeddable
class RequisitionBreach {

	@Column(name = "item_id")
	private long itemId;

	@Enumerated(EnumType.STRING)
	private LimitKind kind;

	private BigDecimal limitQuantity;

	private BigDecimal usedQuantity;

	private BigDecimal requestedQuantity;

	protected RequisitionBreach() {
	}

	RequisitionBreach(long itemId, LimitKind kind, BigDecimal limit, BigDecimal used, BigDecimal requested) {
		this.itemId = itemId;
		this.kind = kind;
		this.limitQuantity = limit;
		this.usedQuantity = used;
		this.requestedQuantity = requested;
	}

	long getItemId() {
		return this.itemId;
	}

	LimitKind getKind() {
		return this.kind;
	}

	BigDecimal getLimitQuantity() {
		return this.limitQuantity;
	}

	BigDecimal getUsedQuantity() {
		return this.usedQuantity;
	}

	BigDecimal getRequestedQuantity() {
		return this.requestedQuantity;
	}

}
