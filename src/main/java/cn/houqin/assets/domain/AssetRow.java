package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One checked row of an imported asset register.
 *
 * @param assetNo the existing number, or {@code null} to number it
 * @param name what it is
 * @param categoryCode its category
 * @param kind the category's top level
 * @param model model and specification
 * @param serialNo serial number
 * @param supplier supplier
 * @param purchaseDate acquired on
 * @param originalValue original value in 元
 * @param fundingSource funding source
 * @param location location
 * @param unitId owning unit
 * @param custodianStaffId custodian, or {@code null}
 */
public record AssetRow(String assetNo, String name, String categoryCode, String kind, String model, String serialNo,
		String supplier, LocalDate purchaseDate, BigDecimal originalValue, String fundingSource, String location,
		long unitId, Long custodianStaffId) {

}
