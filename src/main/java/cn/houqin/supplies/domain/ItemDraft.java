package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/**
 * Command: a catalogue item as entered.
 */
public record ItemDraft(String code, String name, Long categoryId, String specification, String unit,
		BigDecimal referencePrice, StockPolicy stockPolicy, BigDecimal minLevel, BigDecimal maxLevel,
		Boolean centralised, String assetCategoryCode) {

}
