package cn.houqin.org.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;

/**
 * A deploying organisation (租户), e.g. XX县机关事务管理局. All data belongs to one.
 */
@Entity
@Table(name = "org_tenant")
@Audited("org.tenant")
class Tenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	protected Tenant() {
	}

	Tenant(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

}
