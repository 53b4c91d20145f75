package cn.houqin.access.domain;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.houqin.shared.security.ScopeType;

/**
 * A role held by a user, with the data scope it reaches (数据范围).
 */
@Embeddable
public record RoleAssignment(@Column(name = "role_id") long roleId,
		@Enumerated(EnumType.STRING) @Column(name = "scope_type") ScopeType scopeType,
		@Convert(converter = IdSetConverter.class) @Column(name = "unit_ids") Set<Long> unitIds) {

	public RoleAssignment {
		unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
	}

}
