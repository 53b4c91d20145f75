package cn.houqin.repairs.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Material issued from the store against a work order, at the store's cost.
 */
@Embeddable
class MaterialLine {

	@Column(name = "item_id")
	private long itemId;

	private String name;

	private String unit;

	private BigDecimal quantity;

	@Column(name = "unit_cost")
	private BigDecimal unitCost;

	private BigDecimal amount;

	protected MaterialLine() {
	}

	MaterialLine(long itemId, String name, String unit, BigDecimal quantity, BigDecimal unitCost, BigDecimal amount) {
		this.itemId = itemId;
		this.name = name;
		this.unit = unit;
		this.quantity = quantity;
		this.unitCost = unitCost;
		this.amount = amount;
	}

	MaterialView view() {
		return new MaterialView(this.itemId, this.name, this.unit, this.quantity, this.unitCost, this.amount);
	}

	BigDecimal amount() {
		return this.amount;
	}

}
