package cn.houqin.access.domain;

import java.util.Set;

/**
 * A role as pages show it.
 */
public record RoleView(long id, long version, String code, String name, boolean builtIn, Set<String> permissions) {

	static RoleView of(Role role) {
		return new RoleView(role.getId(), role.getVersion(), role.getCode(), role.getName(), role.isBuiltIn(),
				role.getPermissions());
	}

}
