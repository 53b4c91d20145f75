package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.houqin.assets.AssetStatus;

/**
 * An asset card as pages and the API show it, with its net book value on a date.
 *
 * @param id the card
 * @param assetNo the number on its label
 * @param name what it is
 * @param categoryCode its category
 * @param categoryName the category's name
 * @param kind its top-level kind
 * @param model model and specification
 * @param serialNo serial number
 * @param supplier supplier
 * @param purchaseDate acquired on
 * @param originalValue original value in 元
 * @param fundingSource funding source
 * @param location building and room
 * @param unitId owning unit
 * @param unitName the unit's name
 * @param custodianStaffId custodian, or {@code null} (in store)
 * @param custodianName the custodian's name
 * @param status its status
 * @param disposedOn disposal date, or {@code null}
 * @param pendingMovementId the movement awaiting confirmation, or {@code null}
 * @param usefulLifeMonths the category's life, or {@code null} when not depreciated
 * @param monthlyDepreciation the monthly charge
 * @param accumulatedDepreciation accumulated depreciation on {@code valuedOn}
 * @param netBookValue net book value on {@code valuedOn}
 * @param valuedOn the date of the valuation
 * @param version for optimistic locking
 */
public record AssetView(long id, String assetNo, String name, String categoryCode, String categoryName, String kind,
		String model, String serialNo, String supplier, LocalDate purchaseDate, BigDecimal originalValue,
		String fundingSource, String location, long unitId, String unitName, Long custodianStaffId,
		String custodianName, AssetStatus status, LocalDate disposedOn, Long pendingMovementId,
		Integer usefulLifeMonths, BigDecimal monthlyDepreciation, BigDecimal accumulatedDepreciation,
		BigDecimal netBookValue, LocalDate valuedOn, long version) {

}
