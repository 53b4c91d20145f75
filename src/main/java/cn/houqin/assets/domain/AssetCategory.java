package cn.houqin.assets.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A node of the asset classification tree (固定资产分类): a top-level kind such as
 * {@code GENERAL_EQUIPMENT} or a sub-category under one. Useful life (months) drives
 * depreciation; the capitalisation threshold (top levels only) decides what gets a card.
 */
@Entity
@Table(name = "ast_category")
@Audited("assets.category")
class AssetCategory extends Aggregate<AssetCategory> {

	private String code;

	private String name;

	@Column(name = "parent_code")
	private String parentCode;

	private String kind;

	@Column(name = "useful_life_months")
	private Integer usefulLifeMonths;

	@Column(name = "capitalisation_threshold")
	private BigDecimal capitalisationThreshold;

	@Column(name = "standard_equipment")
	private String standardEquipment;

	protected AssetCategory() {
	}

	AssetCategory(long tenantId, String code, String name, String parentCode, String kind, Integer usefulLifeMonths,
			BigDecimal capitalisationThreshold, String standardEquipment) {
		super(tenantId);
		this.code = code;
		this.name = name;
		this.parentCode = parentCode;
		this.kind = kind;
		this.usefulLifeMonths = usefulLifeMonths;
		this.capitalisationThreshold = capitalisationThreshold;
		this.standardEquipment = standardEquipment;
	}

	/**
	 * Changes the useful life (empty: not depreciated) and, on a top level, the
	 * threshold.
	 */
	void revise(Integer usefulLifeMonths, BigDecimal threshold) {
		if (usefulLifeMonths != null && (usefulLifeMonths < 1 || usefulLifeMonths > 1200)) {
			throw new BusinessRuleException("usefulLifeMonths", "assets.category.error.life");
		}
		if (threshold != null && threshold.signum() < 0) {
			throw new BusinessRuleException("capitalisationThreshold", "assets.category.error.threshold");
		}
		this.usefulLifeMonths = usefulLifeMonths;
		if (isTopLevel()) {
			this.capitalisationThreshold = threshold == null ? null
					: threshold.setScale(2, java.math.RoundingMode.HALF_UP);
		}
	}

	boolean isTopLevel() {
		return this.parentCode == null;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getParentCode() {
		return this.parentCode;
	}

	String getKind() {
		return this.kind;
	}

	Integer getUsefulLifeMonths() {
		return this.usefulLifeMonths;
	}

	BigDecimal getCapitalisationThreshold() {
		return this.capitalisationThreshold;
	}

	String getStandardEquipment() {
		return this.standardEquipment;
	}

}
