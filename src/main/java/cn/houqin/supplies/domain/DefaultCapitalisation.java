package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import cn.houqin.supplies.Capitalisation;

/**
 * The seed's fixed-asset thresholds, used while no module provides
 * {@link Capitalisation}: 专用设备 from 1,500元, everything else from 1,000元 (篇8 第六条 大件物品).
 */
final class DefaultCapitalisation implements Capitalisation {

	static final BigDecimal GENERAL = new BigDecimal("1000.00");

	static final BigDecimal SPECIAL = new BigDecimal("1500.00");

	@Override
	public boolean isFixedAsset(long tenantId, String assetCategoryCode, BigDecimal unitCost) {
		BigDecimal threshold = assetCategoryCode.startsWith("SPECIAL_EQUIPMENT") ? SPECIAL : GENERAL;
		return unitCost.compareTo(threshold) >= 0;
	}

}
