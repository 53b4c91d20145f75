package cn.houqin.supplies.web;

import java.math.BigDecimal;

import cn.houqin.supplies.domain.ItemDraft;
import cn.houqin.supplies.domain.StockPolicy;

/**
 * The catalogue item form.
 */
public class ItemForm {

	private String code;

	private String name;

	private Long categoryId;

	private String specification;

	private String unit;

	private BigDecimal referencePrice;

	private StockPolicy stockPolicy;

	private BigDecimal minLevel;

	private BigDecimal maxLevel;

	private boolean centralised;

	private String assetCategoryCode;

	ItemDraft toDraft() {
		return new ItemDraft(this.code, this.name, this.categoryId, this.specification, this.unit, this.referencePrice,
				this.stockPolicy, this.minLevel, this.maxLevel, this.centralised, this.assetCategoryCode);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getSpecification() {
		return this.specification;
	}

	public void setSpecification(String specification) {
		this.specification = specification;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getReferencePrice() {
		return this.referencePrice;
	}

	public void setReferencePrice(BigDecimal referencePrice) {
		this.referencePrice = referencePrice;
	}

	public StockPolicy getStockPolicy() {
		return this.stockPolicy;
	}

	public void setStockPolicy(StockPolicy stockPolicy) {
		this.stockPolicy = stockPolicy;
	}

	public BigDecimal getMinLevel() {
		return this.minLevel;
	}

	public void setMinLevel(BigDecimal minLevel) {
		this.minLevel = minLevel;
	}

	public BigDecimal getMaxLevel() {
		return this.maxLevel;
	}

	public void setMaxLevel(BigDecimal maxLevel) {
		this.maxLevel = maxLevel;
	}

	public boolean isCentralised() {
		return this.centralised;
	}

	public void setCentralised(boolean centralised) {
		this.centralised = centralised;
	}

	public String getAssetCategoryCode() {
		return this.assetCategoryCode;
	}

	public void setAssetCategoryCode(String assetCategoryCode) {
		this.assetCategoryCode = assetCategoryCode;
	}

}
