package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of 《办公用品领取登记本》 (篇8 第七条): 日期, 物品名称, 规格, 数量, 用途, 领取人签字 (who confirmed and when;
 * {@code null} while not yet confirmed).
 */
public record RegisterRow(long requisitionId, String number, LocalDate date, String itemName, String specification,
		BigDecimal quantity, String unit, String purpose, String recipient, Instant confirmedAt) {

}
