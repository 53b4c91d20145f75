package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A ledger line as shown.
 */
public record MovementView(long id, long itemId, MovementKind kind, BigDecimal quantity, BigDecimal unitCost,
		BigDecimal amount, BigDecimal balanceQuantity, BigDecimal balanceValue, String documentType, Long documentId,
		String documentNo, LocalDate occurredOn) {

}
