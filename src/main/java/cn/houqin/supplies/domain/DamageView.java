package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A damage record as shown; compensation and decision are {@code null} until decided.
 */
public record DamageView(long id, long responsibleStaffId, String responsibleName, long unitId, String subject,
		String description, LocalDate damagedOn, BigDecimal loss, BigDecimal compensation, String decision,
		Instant decidedAt) {

}
