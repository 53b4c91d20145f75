package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/**
 * A unit's supplies budget for a year.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param year the calendar year
 * @param amount the budget in 元
 */
public record BudgetView(long unitId, String unitName, int year, BigDecimal amount) {

}
