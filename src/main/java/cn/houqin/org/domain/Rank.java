package cn.houqin.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A rank (职级): the national civil-service ranks by default, or a free list for companies
 * and hospitals. Office-area and vehicle standards are keyed by rank.
 */
@Entity
@Table(name = "org_rank")
@Audited("org.rank")
class Rank extends Aggregate<Rank> {

	private String code;

	private String name;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Rank() {
	}

	Rank(long tenantId, String code, String name, int sortOrder) {
		super(tenantId);
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	void update(String code, String name, int sortOrder) {
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
