package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item of a count sheet: the book quantity frozen when the sheet opened and what was
 * counted.
 */
@Embeddable
class StocktakeLine {

	@Column(name = "item_id")
	private long itemId;

	private BigDecimal bookQuantity;

	private BigDecimal averageCost;

	private BigDecimal countedQuantity;

	protected StocktakeLine() {
	}

	StocktakeLine(long itemId, BigDecimal bookQuantity, BigDecimal averageCost) {
		this.itemId = itemId;
		this.bookQuantity = bookQuantity;
		this.averageCost = averageCost;
	}

	void count(BigDecimal quantity) {
		this.countedQuantity = quantity;
	}

	BigDecimal variance() {
		return this.countedQuantity == null ? BigDecimal.ZERO : this.countedQuantity.subtract(this.bookQuantity);
	}

	BigDecimal varianceValue() {
		return variance().multiply(this.averageCost).setScale(2, RoundingMode.HALF_UP);
	}

	long getItemId() {
		return this.itemId;
	}

	BigDecimal getBookQuantity() {
		return this.bookQuantity;
	}

	BigDecimal getCountedQuantity() {
		return this.countedQuantity;
	}

}
