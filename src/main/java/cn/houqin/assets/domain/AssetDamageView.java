package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A damage and compensation record.
 *
 * @param id the record
 * @param assetId the asset
 * @param assetNo its number
 * @param assetName its name
 * @param responsibleStaffId the person responsible
 * @param responsibleName their name
 * @param occurredOn when it happened
 * @param description what happened
 * @param compensation the compensation decided, in 元
 * @param decision the decision's wording, or {@code null}
 * @param settled whether it was paid
 * @param settledOn when, or {@code null}
 */
public record AssetDamageView(long id, long assetId, String assetNo, String assetName, long responsibleStaffId,
		String responsibleName, LocalDate occurredOn, String description, BigDecimal compensation, String decision,
		boolean settled, LocalDate settledOn) {

}
