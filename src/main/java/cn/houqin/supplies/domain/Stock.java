package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stock counters of one item in the store. Reservations change them with a guarded
 * update; movements change them under a row lock, so they never go negative.
 */
@Entity
@Table(name = "sup_stock")
class Stock {

	@Id
	@Column(name = "item_id")
	private Long itemId;

	@Column(name = "tenant_id")
	private long tenantId;

	private BigDecimal onHand;

	private BigDecimal reserved;

	private BigDecimal stockValue;

	protected Stock() {
	}

	Stock(long tenantId, long itemId) {
		this.tenantId = tenantId;
		this.itemId = itemId;
		this.onHand = BigDecimal.ZERO;
		this.reserved = BigDecimal.ZERO;
		this.stockValue = Money.ZERO;
	}

	/** Moving weighted-average cost (移动加权平均), four decimals. */
	BigDecimal averageCost() {
		if (this.onHand.signum() == 0) {
			return BigDecimal.ZERO.setScale(4);
		}
		return this.stockValue.divide(this.onHand, 4, RoundingMode.HALF_UP);
	}

	/** Books goods in; the value grows by their cost. */
	void receive(BigDecimal quantity, BigDecimal amount) {
		this.onHand = this.onHand.add(quantity);
		this.stockValue = this.stockValue.add(amount);
	}

	/**
	 * Takes goods out at the average cost; the last pieces take the whole remaining value
	 * so that no rounding residue stays in stock.
	 * @return the value taken out
	 */
	BigDecimal issue(BigDecimal quantity, boolean fromReservation) {
		BigDecimal amount = quantity.compareTo(this.onHand) == 0 ? this.stockValue
				: quantity.multiply(averageCost()).setScale(2, RoundingMode.HALF_UP).min(this.stockValue);
		this.onHand = this.onHand.subtract(quantity);
		this.stockValue = this.stockValue.subtract(amount);
		if (fromReservation) {
			this.reserved = this.reserved.subtract(quantity);
		}
		return amount;
	}

	/** Corrects the quantity (stocktake); the value moves at the average cost. */
	BigDecimal adjust(BigDecimal delta) {
		if (delta.signum() >= 0) {
			BigDecimal amount = delta.multiply(averageCost()).setScale(2, RoundingMode.HALF_UP);
			receive(delta, amount);
			return amount;
		}
		return issue(delta.negate(), false).negate();
	}

	BigDecimal available() {
		return this.onHand.subtract(this.reserved);
	}

	long getTenantId() {
		return this.tenantId;
	}

	Long getItemId() {
		return this.itemId;
	}

	BigDecimal getOnHand() {
		return this.onHand;
	}

	BigDecimal getReserved() {
		return this.reserved;
	}

	BigDecimal getStockValue() {
		return this.stockValue;
	}

}
