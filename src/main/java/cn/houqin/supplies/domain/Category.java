package cn.houqin.supplies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A catalogue category (办公用品类别), a node of the category tree; its stock policy is the
 * default of the items filed under it.
 */
@Entity
@Table(name = "sup_category")
@Audited("supplies.category")
class Category extends Aggregate<Category> {

	@Column(name = "parent_id")
	private Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private StockPolicy stockPolicy;

	protected Category() {
	}

	Category(long tenantId, Long parentId, String code, String name, StockPolicy stockPolicy) {
		super(tenantId);
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.stockPolicy = stockPolicy;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	StockPolicy getStockPolicy() {
		return this.stockPolicy;
	}

}
