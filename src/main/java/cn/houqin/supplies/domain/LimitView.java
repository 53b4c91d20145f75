package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/**
 * An item's requisition limits; a missing one is no limit.
 *
 * @param itemId the item
 * @param itemCode its code
 * @param itemName its name
 * @param unit its unit of measure
 * @param maxPerRequisition most one requisition may ask without approval
 * @param maxPerMonth most one person may requisition in a calendar month without approval
 * @param version for optimistic locking
 */
public record LimitView(long itemId, String itemCode, String itemName, String unit, BigDecimal maxPerRequisition,
		BigDecimal maxPerMonth, long version) {

}
