package cn.houqin.access.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.houqin.shared.security.ScopeType;

/**
 * A role held by a user, with the data scope it reaches (数据范围). Chosen units are stored
 * as a plain id list ({@code "3,7,12"}), a simple immutable value for the persistence
 * layer.
 */
@Embeddable
public final class RoleAssignment {

	@Column(name = "role_id")
	private long roleId;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope_type")
	private ScopeType scopeType;

	@Column(name = "unit_ids")
	private String unitIdList;

	protected RoleAssignment() {
	}

	public RoleAssignment(long roleId, ScopeType scopeType, Set<Long> unitIds) {
		this.roleId = roleId;
		this.scopeType = scopeType;
		this.unitIdList = unitIds == null || unitIds.isEmpty() ? null
				: new TreeSet<>(unitIds).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	public long roleId() {
		return this.roleId;
	}

	public ScopeType scopeType() {
		return this.scopeType;
	}

	public Set<Long> unitIds() {
		if (this.unitIdList == null || this.unitIdList.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(this.unitIdList.split(","))
			.map(String::trim)
			.map(Long::valueOf)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoleAssignment that && that.roleId == this.roleId && that.scopeType == this.scopeType
				&& Objects.equals(that.unitIdList, this.unitIdList);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.roleId, this.scopeType, this.unitIdList);
	}

	@Override
	public String toString() {
		return "RoleAssignment[" + this.roleId + ", " + this.scopeType + ", " + this.unitIdList + "]";
	}

}
