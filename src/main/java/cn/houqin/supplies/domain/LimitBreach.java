package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/**
 * A requisition line over a limit, as pages and the API show it.
 *
 * @param itemId the item
 * @param itemName its name
 * @param kind which limit
 * @param limit the limit's quantity
 * @param used what the requester had already requisitioned of the item this month (zero
 * for the per-requisition limit)
 * @param requested the quantity of this requisition
 */
public record LimitBreach(long itemId, String itemName, LimitKind kind, BigDecimal limit, BigDecimal used,
		BigDecimal requested) {

}
