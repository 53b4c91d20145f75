package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Command: a requisition as the recipient enters it.
 */
public record RequisitionDraft(String purpose, List<Line> lines) {

	public RequisitionDraft {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/**
	 * @param itemId a stocked item
	 * @param quantity more than zero
	 */
	public record Line(Long itemId, BigDecimal quantity) {
	}

}
