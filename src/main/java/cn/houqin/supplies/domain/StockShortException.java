package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * Not enough of an item is available: names the item and the quantity still available.
 * The API answers it with 409 (a conflict with what others took meanwhile).
 */
public class StockShortException extends BusinessRuleException {

	private final long itemId;

	private final String itemName;

	private final BigDecimal available;

	public StockShortException(long itemId, String itemName, BigDecimal available) {
		super("quantity", "supplies.stock.error.short", itemName, Quantities.of(available).toPlainString());
		this.itemId = itemId;
		this.itemName = itemName;
		this.available = Quantities.of(available);
	}

	public long itemId() {
		return this.itemId;
	}

	public String itemName() {
		return this.itemName;
	}

	public BigDecimal available() {
		return this.available;
	}

}
