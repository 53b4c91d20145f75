package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A count sheet as shown: book (frozen), counted and variance per item.
 */
public record StocktakeView(long id, String number, LocalDate openedOn, StocktakeStatus status, Long approvalId,
		BigDecimal varianceValue, List<Line> lines) {

	/**
	 * @param itemId the item
	 * @param itemName its name
	 * @param unit its unit of measure
	 * @param bookQuantity on hand when the sheet opened
	 * @param countedQuantity counted, or {@code null}
	 * @param variance counted minus book
	 */
	public record Line(long itemId, String itemName, String unit, BigDecimal bookQuantity, BigDecimal countedQuantity,
			BigDecimal variance) {
	}

}
