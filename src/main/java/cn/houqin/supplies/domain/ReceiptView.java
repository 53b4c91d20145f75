package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A receipt as pages and the API show it.
 */
public record ReceiptView(long id, String number, Long purchaseRequestId, String invoiceNo, String supplier,
		LocalDate receivedOn, long unitId, BigDecimal total, boolean reimbursable, String recipientName,
		Instant recipientConfirmedAt, List<Line> lines) {

	/**
	 * @param itemId the item
	 * @param itemName its name
	 * @param unit its unit of measure
	 * @param quantityAccepted accepted
	 * @param quantityRejected rejected
	 * @param unitCost cost of one unit
	 * @param amount accepted times cost
	 * @param fixedAsset whether it went to the assets module instead of stock
	 * @param stocked whether it was booked into stock
	 */
	public record Line(long itemId, String itemName, String unit, BigDecimal quantityAccepted,
			BigDecimal quantityRejected, BigDecimal unitCost, BigDecimal amount, boolean fixedAsset, boolean stocked) {
	}

}
