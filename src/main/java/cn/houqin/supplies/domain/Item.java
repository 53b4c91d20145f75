package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A catalogue item (办公用品目录): what it is, how it is supplied, its stock levels, whether it
 * is in the centralised-procurement catalogue (集中采购目录) and, for pieces that may be fixed
 * assets, the asset category it maps to.
 */
@Entity
@Table(name = "sup_item")
@Audited("supplies.item")
class Item extends Aggregate<Item> {

	private String code;

	private String name;

	@Column(name = "category_id")
	private long categoryId;

	private String specification;

	private String unit;

	private BigDecimal referencePrice;

	@Enumerated(EnumType.STRING)
	private StockPolicy stockPolicy;

	private BigDecimal minLevel;

	private BigDecimal maxLevel;

	private boolean centralised;

	private String assetCategoryCode;

	private boolean active = true;

	protected Item() {
	}

	Item(long tenantId, ItemDraft draft) {
		super(tenantId);
		this.code = draft.code().trim();
		apply(draft);
	}

	void apply(ItemDraft draft) {
		this.name = draft.name().trim();
		this.categoryId = draft.categoryId();
		this.specification = blankToNull(draft.specification());
		this.unit = draft.unit().trim();
		this.referencePrice = Money.of(draft.referencePrice());
		this.stockPolicy = draft.stockPolicy();
		this.minLevel = draft.stockPolicy() == StockPolicy.STOCKED ? draft.minLevel() : null;
		this.maxLevel = draft.stockPolicy() == StockPolicy.STOCKED ? draft.maxLevel() : null;
		this.centralised = Boolean.TRUE.equals(draft.centralised());
		this.assetCategoryCode = blankToNull(draft.assetCategoryCode());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	ItemView view(Stock stock, String categoryName) {
		return new ItemView(getId(), this.code, this.name, this.categoryId, categoryName, this.specification, this.unit,
				this.referencePrice, this.stockPolicy, this.minLevel, this.maxLevel, this.centralised,
				this.assetCategoryCode, StockView.of(getId(), stock), getVersion());
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	long getCategoryId() {
		return this.categoryId;
	}

	String getSpecification() {
		return this.specification;
	}

	String getUnit() {
		return this.unit;
	}

	BigDecimal getReferencePrice() {
		return this.referencePrice;
	}

	StockPolicy getStockPolicy() {
		return this.stockPolicy;
	}

	BigDecimal getMinLevel() {
		return this.minLevel;
	}

	BigDecimal getMaxLevel() {
		return this.maxLevel;
	}

	boolean isCentralised() {
		return this.centralised;
	}

	String getAssetCategoryCode() {
		return this.assetCategoryCode;
	}

	boolean isActive() {
		return this.active;
	}

}
