package cn.houqin.assets.domain;

import java.math.BigDecimal;

/**
 * A category as pages and the API show it.
 *
 * @param id the category
 * @param code its code
 * @param name its name
 * @param parentCode the top level it belongs to, or {@code null} for a top level
 * @param kind its top-level kind
 * @param usefulLifeMonths useful life in months, or {@code null} when not depreciated
 * @param capitalisationThreshold the top level's threshold in 元, or {@code null}
 * @param standardEquipment the equipment name standards know it by, or {@code null}
 * @param version for optimistic locking
 */
public record AssetCategoryView(long id, String code, String name, String parentCode, String kind,
		Integer usefulLifeMonths, BigDecimal capitalisationThreshold, String standardEquipment, long version) {

	static AssetCategoryView of(AssetCategory c) {
		return new AssetCategoryView(c.getId(), c.getCode(), c.getName(), c.getParentCode(), c.getKind(),
				c.getUsefulLifeMonths(), c.getCapitalisationThreshold(), c.getStandardEquipment(), c.getVersion());
	}

	public boolean topLevel() {
		return this.parentCode == null;
	}

	public boolean depreciated() {
		return this.usefulLifeMonths != null;
	}

}
