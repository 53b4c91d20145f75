package cn.houqin.repairs.domain;

import java.math.BigDecimal;

/**
 * A material line as pages and the API show it.
 */
public record MaterialView(long itemId, String name, String unit, BigDecimal quantity, BigDecimal unitCost,
		BigDecimal amount) {

}
