package cn.houqin.supplies;

import java.math.BigDecimal;

/**
 * Decides whether a received piece is a fixed asset rather than stock (篇8 第六条). The
 * assets module implements it from its editable thresholds; without one, receiving
 * applies the seed's defaults (一般设备 ≥ 1,000元, 专用设备 ≥ 1,500元).
 */
public interface Capitalisation {

	/**
	 * @param tenantId the tenant
	 * @param assetCategoryCode the asset category a catalogue item maps to, never
	 * {@code null}
	 * @param unitCost the cost of one piece, in 元
	 * @return whether the piece gets an asset card
	 */
	boolean isFixedAsset(long tenantId, String assetCategoryCode, BigDecimal unitCost);

}
