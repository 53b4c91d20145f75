package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a purchase request: 品种, 数量, the expected unit price and what has arrived.
 */
@Embeddable
class PurchaseLine {

	@Column(name = "item_id")
	private long itemId;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private BigDecimal amount;

	private BigDecimal quantityReceived;

	protected PurchaseLine() {
	}

	PurchaseLine(long itemId, BigDecimal quantity, BigDecimal unitPrice) {
		this.itemId = itemId;
		this.quantity = quantity;
		this.unitPrice = Money.of(unitPrice);
		this.amount = Money.of(quantity.multiply(unitPrice));
		this.quantityReceived = BigDecimal.ZERO;
	}

	BigDecimal outstanding() {
		return this.quantity.subtract(this.quantityReceived);
	}

	void received(BigDecimal quantity) {
		this.quantityReceived = this.quantityReceived.add(quantity);
	}

	long getItemId() {
		return this.itemId;
	}

	BigDecimal getQuantity() {
		return this.quantity;
	}

	BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	BigDecimal getQuantityReceived() {
		return this.quantityReceived;
	}

}
