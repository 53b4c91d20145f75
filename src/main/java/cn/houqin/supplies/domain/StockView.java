package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An item's stock: on hand, reserved by open requisitions, available, value and moving
 * weighted-average cost.
 */
public record StockView(long itemId, BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal value,
		BigDecimal averageCost) {

	static StockView of(long itemId, Stock stock) {
		if (stock == null) {
			return new StockView(itemId, Quantities.ZERO, Quantities.ZERO, Quantities.ZERO, Money.ZERO, Money.ZERO);
		}
		return new StockView(itemId, Quantities.of(stock.getOnHand()), Quantities.of(stock.getReserved()),
				Quantities.of(stock.getOnHand().subtract(stock.getReserved())), Money.of(stock.getStockValue()),
				stock.averageCost().setScale(2, RoundingMode.HALF_UP));
	}

}
