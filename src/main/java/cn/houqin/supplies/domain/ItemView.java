package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/**
 * A catalogue item with its stock, as pages and the API show it.
 */
public record ItemView(long id, String code, String name, long categoryId, String categoryName, String specification,
		String unit, BigDecimal referencePrice, StockPolicy stockPolicy, BigDecimal minLevel, BigDecimal maxLevel,
		boolean centralised, String assetCategoryCode, StockView stock, long version) {

	/** Whether available stock fell to or below the minimum level (库存预警). */
	public boolean belowMinimum() {
		return this.stockPolicy == StockPolicy.STOCKED && this.minLevel != null
				&& this.stock.available().compareTo(this.minLevel) <= 0;
	}

	/** How much to order to come back to the maximum level, or zero. */
	public BigDecimal reorderQuantity() {
		if (!belowMinimum()) {
			return BigDecimal.ZERO;
		}
		BigDecimal target = this.maxLevel != null ? this.maxLevel : this.minLevel.multiply(BigDecimal.valueOf(2));
		return target.subtract(this.stock.available()).max(BigDecimal.ZERO);
	}

}
