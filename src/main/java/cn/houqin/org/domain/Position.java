package cn.houqin.org.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A position (岗位), reference data: 以需定岗 (篇1).
 */
@Entity
@Table(name = "org_position")
@Audited("org.position")
class Position extends Aggregate<Position> {

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private StaffCategory category;

	protected Position() {
	}

	Position(long tenantId, String code, String name, StaffCategory category) {
		super(tenantId);
		this.code = code;
		this.name = name;
		this.category = category;
	}

	void update(String code, String name, StaffCategory category) {
		this.code = code;
		this.name = name;
		this.category = category;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public StaffCategory getCategory() {
		return this.category;
	}

}
