package cn.houqin.access.domain;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A role (角色): a named set of permission codes.
 */
@Entity
@EntityListeners(AccessChanges.class)
@Table(name = "acc_role")
@Audited("access.role")
class Role extends Aggregate<Role> {

	private String code;

	private String name;

	@Column(name = "built_in")
	private boolean builtIn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "acc_role_permission", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission")
	private Set<String> permissions = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "acc_role_offered", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission")
	private Set<String> offeredDefaults = new HashSet<>();

	protected Role() {
	}

	Role(long tenantId, String code, String name, boolean builtIn, Set<String> permissions) {
		super(tenantId);
		this.code = code;
		this.name = name;
		this.builtIn = builtIn;
		this.permissions = new HashSet<>(permissions);
		if (builtIn) {
			this.offeredDefaults.addAll(permissions);
		}
	}

	/**
	 * Grants the defaults of a built-in role that were never offered before (new in this
	 * release); a default an administrator removed stays removed. Returns whether
	 * anything was granted.
	 */
	boolean offerDefaults(Set<String> defaults) {
		boolean granted = false;
		for (String permission : defaults) {
			if (this.offeredDefaults.add(permission)) {
				this.permissions.add(permission);
				granted = true;
			}
		}
		return granted;
	}

	void rename(String name) {
		this.name = name;
	}

	void grantOnly(Set<String> permissions) {
		this.permissions.clear();
		this.permissions.addAll(permissions);
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public boolean isBuiltIn() {
		return this.builtIn;
	}

	public Set<String> getPermissions() {
		return Set.copyOf(this.permissions);
	}

}
