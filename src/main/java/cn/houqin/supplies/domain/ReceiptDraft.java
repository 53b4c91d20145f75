package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Command: goods inspected and received (验收登记).
 *
 * @param purchaseRequestId the approved, ordered request, or {@code null} (then not
 * reimbursable)
 * @param invoiceNo the invoice number
 * @param supplier the supplier, or {@code null}
 * @param receivedOn the day, or {@code null} for today
 * @param lines what arrived
 */
public record ReceiptDraft(Long purchaseRequestId, String invoiceNo, String supplier, LocalDate receivedOn,
		List<Line> lines) {

	public ReceiptDraft {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/**
	 * @param itemId the item
	 * @param quantityAccepted accepted into stock (or as assets)
	 * @param quantityRejected refused at inspection
	 * @param unitCost the cost of one unit in 元
	 * @param custodianStaffId for fixed assets, the custodian; {@code null} for the
	 * request's handler
	 */
	public record Line(Long itemId, BigDecimal quantityAccepted, BigDecimal quantityRejected, BigDecimal unitCost,
			Long custodianStaffId) {
	}

}
