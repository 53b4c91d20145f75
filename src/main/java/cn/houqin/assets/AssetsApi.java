package cn.houqin.assets;

import java.util.Optional;

/**
 * What other modules may ask of the asset register: an asset card's summary, for a repair
 * reported by scanning its QR label.
 */
public interface AssetsApi {

	/**
	 * The asset with this id in the tenant, whatever the caller's data scope.
	 * @param tenantId the tenant
	 * @param assetId the asset
	 * @return its summary, or empty when there is none
	 */
	Optional<AssetSummary> asset(long tenantId, long assetId);

	/**
	 * An asset card as other modules see it.
	 *
	 * @param id the asset
	 * @param assetNo its number as printed on the label
	 * @param name its name
	 * @param categoryCode its category's code
	 * @param unitId the owning unit
	 * @param custodianStaffId the custodian (使用管理责任人), or {@code null}
	 * @param location building and room, or {@code null}
	 * @param status its status code, e.g. {@code IN_USE}
	 */
	record AssetSummary(long id, String assetNo, String name, String categoryCode, long unitId, Long custodianStaffId,
			String location, String status) {
	}

}
