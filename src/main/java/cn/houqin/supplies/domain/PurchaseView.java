package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.houqin.approval.RoutePreview;

/**
 * A purchase request as pages and the API show it; {@code route} is the approval route
 * shown when it was filed, {@code reimbursable} whether spending on it may be reimbursed.
 */
public record PurchaseView(long id, String number, long unitId, String unitName, long handlerStaffId,
		String handlerName, String reason, LocalDate neededBy, BigDecimal total, PurchaseStatus status,
		boolean reimbursable, Long approvalId, List<Line> lines, List<QuoteLine> quotes, String choiceReason,
		boolean allCentralised, Instant orderedAt, RoutePreview route, long version) {

	/**
	 * @param itemId the item
	 * @param itemName its name
	 * @param specification its specification
	 * @param unit its unit of measure
	 * @param quantity the quantity asked for
	 * @param unitPrice the expected unit price
	 * @param amount quantity times price
	 * @param quantityReceived what has arrived so far
	 * @param centralised whether the item must be bought through centralised procurement
	 */
	public record Line(long itemId, String itemName, String specification, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal amount, BigDecimal quantityReceived, boolean centralised) {
	}

	/**
	 * @param supplier the supplier
	 * @param amount the quoted total
	 * @param quotedOn the day of the quote
	 * @param attachment the quote document's reference
	 * @param chosen whether this quote was chosen
	 * @param lowest whether it is the lowest
	 * @param fileName the name of the uploaded quote document, or {@code null} when none
	 */
	public record QuoteLine(String supplier, BigDecimal amount, LocalDate quotedOn, String attachment, boolean chosen,
			boolean lowest, String fileName) {
	}

}
