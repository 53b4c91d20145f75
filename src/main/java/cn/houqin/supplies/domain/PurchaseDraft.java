package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Command: a purchase request as the dept head files it (品种、数量、经办人、事由).
 */
public record PurchaseDraft(Long unitId, Long handlerStaffId, String reason, LocalDate neededBy, List<Line> lines) {

	public PurchaseDraft {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/**
	 * @param itemId the catalogue item
	 * @param quantity more than zero
	 * @param unitPrice the expected price of one unit, in 元
	 */
	public record Line(Long itemId, BigDecimal quantity, BigDecimal unitPrice) {
	}

}
