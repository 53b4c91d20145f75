package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Command: the facts of a new asset card.
 *
 * @param name what it is
 * @param categoryCode its category
 * @param model model and specification (规格型号), or {@code null}
 * @param serialNo serial number, or {@code null}
 * @param supplier supplier, or {@code null}
 * @param purchaseDate when it was acquired
 * @param originalValue its original value (原值) in 元
 * @param fundingSource funding source (经费来源), or {@code null}
 * @param location building and room, or {@code null}
 * @param unitId the owning unit
 * @param custodianStaffId the custodian (使用管理责任人), or {@code null} for the store
 * @param receiptId the supplies receipt it came from, or {@code null}
 */
public record AssetDraft(String name, String categoryCode, String model, String serialNo, String supplier,
		LocalDate purchaseDate, BigDecimal originalValue, String fundingSource, String location, long unitId,
		Long custodianStaffId, Long receiptId) {

}
