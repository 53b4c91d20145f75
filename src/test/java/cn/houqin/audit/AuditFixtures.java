package cn.houqin.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;

/**
 * Users and tenants for the audit module's tests. Tenants made up here have their own
 * chains, so tests that tamper with one do not disturb the others.
 */
public final class AuditFixtures {

	private static final AtomicLong NEXT_TENANT = new AtomicLong(System.nanoTime() % 1_000_000 + 1_000_000);

	private AuditFixtures() {
	}

	/** A tenant id no other test uses (no org tenant row behind it). */
	public static long freshTenantId() {
		return NEXT_TENANT.incrementAndGet();
	}

	/** A signed-in user of the tenant holding the given permissions tenant-wide. */
	public static CurrentUser user(long tenantId, String username, String... permissions) {
		Map<String, List<ScopeGrant>> grants = Arrays.stream(permissions)
			.collect(Collectors.toMap(Function.identity(), p -> List.of(tenantWide())));
		return new CurrentUser(tenantId * 10, tenantId, username, username, null, null, Set.of(), grants, null, false,
				true);
	}

	public static CurrentUser auditor(long tenantId) {
		return user(tenantId, "auditor" + tenantId, "audit.trail.view", "audit.trail.verify");
	}

	public static void signIn(CurrentUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static ScopeGrant tenantWide() {
		return new ScopeGrant(ScopeType.TENANT, Set.of());
	}

}
