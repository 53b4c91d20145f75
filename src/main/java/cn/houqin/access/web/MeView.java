package cn.houqin.access.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * The current user as {@code GET /api/v1/me} and the account page show it: identity,
 * roles, permissions and, per permission, the scope.
 */
@Component
class MeView {

	private final DataScopes scopes;

	private final OrgApi org;

	MeView(DataScopes scopes, OrgApi org) {
		this.scopes = scopes;
		this.org = org;
	}

	Me of(CurrentUser user) {
		Map<String, Scope> byPermission = new TreeMap<>();
		for (String permission : new TreeSet<>(user.permissions())) {
			DataScope scope = this.scopes.forPermission(user, permission);
			byPermission.put(permission,
					new Scope(scope.tenantWide(), new TreeSet<>(scope.unitIds()), scope.ownStaffId()));
		}
		String unitName = user.unitId() == null ? null
				: this.org.unitNames(user.tenantId(), List.of(user.unitId())).get(user.unitId());
		return new Me(user.userId(), user.getUsername(), user.displayName(), user.tenantId(),
				this.org.tenantName(user.tenantId()).orElse(null), user.staffId(), user.unitId(), unitName,
				new TreeSet<>(user.roles()), new TreeSet<>(user.permissions()), byPermission);
	}

	record Me(long id, String username, String displayName, long tenantId, String tenantName, Long staffId, Long unitId,
			String unitName, Set<String> roles, Set<String> permissions, Map<String, Scope> scopes) {
	}

	record Scope(boolean tenantWide, Set<Long> unitIds, Long ownStaffId) {
	}

}
