package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Command: a damage through misuse as recorded.
 */
public record DamageDraft(Long responsibleStaffId, String subject, String description, LocalDate damagedOn,
		BigDecimal loss) {

}
