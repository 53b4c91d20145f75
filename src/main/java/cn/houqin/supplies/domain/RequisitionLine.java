package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a requisition: the item, the quantity and, once issued, its cost.
 */
@Embeddable
class RequisitionLine {

	@Column(name = "item_id")
	private long itemId;

	private BigDecimal quantity;

	private BigDecimal unitCost;

	private BigDecimal amount;

	protected RequisitionLine() {
	}

	RequisitionLine(long itemId, BigDecimal quantity) {
		this.itemId = itemId;
		this.quantity = quantity;
	}

	void issued(BigDecimal amount) {
		this.amount = amount;
		this.unitCost = amount.divide(this.quantity, 4, java.math.RoundingMode.HALF_UP);
	}

	long getItemId() {
		return this.itemId;
	}

	BigDecimal getQuantity() {
		return this.quantity;
	}

	BigDecimal getUnitCost() {
		return this.unitCost;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

}
