package cn.houqin.assets.domain;

import cn.houqin.assets.AssetStatus;

/**
 * Filters of the asset register: free text (number, name, model, serial), category (a top
 * level includes its sub-categories), status, owning unit, custodian and location.
 */
public record AssetQuery(String q, String categoryCode, AssetStatus status, Long unitId, Long custodianId,
		String location) {

	public static AssetQuery all() {
		return new AssetQuery(null, null, null, null, null, null);
	}

	public static AssetQuery ofStatus(AssetStatus status) {
		return new AssetQuery(null, null, status, null, null, null);
	}

}
