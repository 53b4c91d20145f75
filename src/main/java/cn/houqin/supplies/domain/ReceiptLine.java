package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One inspected line of a receipt: accepted and rejected quantities and the unit cost; a
 * fixed-asset line goes to the assets module instead of stock.
 */
@Embeddable
class ReceiptLine {

	@Column(name = "item_id")
	private long itemId;

	private BigDecimal quantityAccepted;

	private BigDecimal quantityRejected;

	private BigDecimal unitCost;

	private BigDecimal amount;

	private boolean fixedAsset;

	private Long custodianStaffId;

	protected ReceiptLine() {
	}

	ReceiptLine(long itemId, BigDecimal accepted, BigDecimal rejected, BigDecimal unitCost, boolean fixedAsset,
			Long custodianStaffId) {
		this.itemId = itemId;
		this.quantityAccepted = accepted;
		this.quantityRejected = rejected;
		this.unitCost = Money.of(unitCost);
		this.amount = Money.of(accepted.multiply(unitCost));
		this.fixedAsset = fixedAsset;
		this.custodianStaffId = custodianStaffId;
	}

	long getItemId() {
		return this.itemId;
	}

	BigDecimal getQuantityAccepted() {
		return this.quantityAccepted;
	}

	BigDecimal getQuantityRejected() {
		return this.quantityRejected;
	}

	BigDecimal getUnitCost() {
		return this.unitCost;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	boolean isFixedAsset() {
		return this.fixedAsset;
	}

	Long getCustodianStaffId() {
		return this.custodianStaffId;
	}

}
