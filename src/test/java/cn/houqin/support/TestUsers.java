package cn.houqin.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;

/**
 * Builds principals for tests without a database: permissions with one scope grant each.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static CurrentUser withScope(long tenantId, Long unitId, ScopeGrant grant, String... permissions) {
		Map<String, List<ScopeGrant>> grants = new HashMap<>();
		Arrays.stream(permissions).forEach(p -> grants.put(p, List.of(grant)));
		return new CurrentUser(9_999L, tenantId, "tester", "测试用户", null, unitId, Set.of("test"), grants, null, false,
				true);
	}

	public static CurrentUser tenantWide(long tenantId, String... permissions) {
		return withScope(tenantId, null, ScopeGrant.of(ScopeType.TENANT), permissions);
	}

}
