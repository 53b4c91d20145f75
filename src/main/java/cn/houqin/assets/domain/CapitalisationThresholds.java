package cn.houqin.assets.domain;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import cn.houqin.supplies.Capitalisation;

/**
 * Tells supplies whether a received piece is a fixed asset, from the tenant's editable
 * thresholds: a sub-category answers with its top-level kind's threshold; an unknown code
 * with the 一般设备 default.
 */
@Component
class CapitalisationThresholds implements Capitalisation {

	private final CategoryService categories;

	CapitalisationThresholds(CategoryService categories) {
		this.categories = categories;
	}

	@Override
	public boolean isFixedAsset(long tenantId, String assetCategoryCode, BigDecimal unitCost) {
		AssetCategoryView category = this.categories.byCode(tenantId).get(assetCategoryCode);
		if (category == null) {
			category = this.categories.byCode(tenantId).get(CategoryService.GENERAL_EQUIPMENT);
		}
		return unitCost.compareTo(this.categories.thresholdOf(tenantId, category)) >= 0;
	}

}
