package cn.houqin.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Goods received whose unit value reaches the fixed-asset threshold (篇8 第六条): they are
 * not booked into stock; the assets module makes one card per piece with the named
 * custodian (使用管理责任人).
 *
 * @param tenantId the tenant
 * @param receiptId the receipt (验收单) the line belongs to
 * @param purchaseRequestId the approved purchase request, or {@code null}
 * @param itemId the catalogue item
 * @param itemCode the item's code
 * @param itemName the item's name
 * @param specification the item's specification (规格), or {@code null}
 * @param assetCategoryCode the asset category the item maps to (e.g. GENERAL_EQUIPMENT)
 * @param quantity the number of pieces accepted
 * @param unitCost the cost of one piece, in 元
 * @param supplier the supplier, or {@code null}
 * @param invoiceNo the invoice number
 * @param receivedOn the day of receipt
 * @param unitId the unit that will own the assets
 * @param custodianStaffId the custodian, or {@code null} when the unit must still name
 * one
 */
public record FixedAssetsReceived(long tenantId, long receiptId, Long purchaseRequestId, long itemId, String itemCode,
		String itemName, String specification, String assetCategoryCode, int quantity, BigDecimal unitCost,
		String supplier, String invoiceNo, LocalDate receivedOn, long unitId, Long custodianStaffId) {

}
