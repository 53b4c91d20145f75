package cn.houqin.repairs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;

/**
 * Demo users of the repairs tests, as the application loads them, and variants with an
 * extra permission.
 */
final class RepairsTestUsers {

	private final UserDirectory users;

	private final OrgApi org;

	RepairsTestUsers(UserDirectory users, OrgApi org) {
		this.users = users;
		this.org = org;
	}

	long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	CurrentUser user(String username) {
		return this.users.loadUserByUsername(username);
	}

	/** The demo user plus permissions granted in the whole tenant. */
	CurrentUser with(String username, String... permissions) {
		return with(username, ScopeGrant.of(ScopeType.TENANT), permissions);
	}

	/** The demo user plus permissions granted in the given scope. */
	CurrentUser with(String username, ScopeGrant scope, String... permissions) {
		CurrentUser user = user(username);
		Map<String, List<ScopeGrant>> grants = new HashMap<>();
		user.permissions().forEach(p -> grants.put(p, user.grantsFor(p)));
		for (String permission : permissions) {
			grants.put(permission, List.of(scope));
		}
		return new CurrentUser(user.userId(), user.tenantId(), user.getUsername(), user.displayName(), user.staffId(),
				user.unitId(), user.roles(), grants, user.getPassword(), false, true);
	}

}
