package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A requisition as pages and the API show it.
 */
public record RequisitionView(long id, String number, long requesterUserId, String requesterName, long unitId,
		String purpose, LocalDate requestedOn, RequisitionStatus status, Instant issuedAt, Instant confirmedAt,
		BigDecimal total, List<Line> lines, long version, Long approvalId, List<LimitBreach> breaches) {

	/**
	 * @param itemId the item
	 * @param itemName its name
	 * @param specification its specification (规格)
	 * @param unit its unit of measure
	 * @param quantity the quantity
	 * @param unitCost cost per unit once issued
	 * @param amount quantity times cost once issued
	 */
	public record Line(long itemId, String itemName, String specification, String unit, BigDecimal quantity,
			BigDecimal unitCost, BigDecimal amount) {
	}

}
