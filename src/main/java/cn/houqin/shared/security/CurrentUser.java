package cn.houqin.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: identity, tenant, linked staff member and
 * unit, permission codes and, per permission, the scope grants that reach it.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final long userId;

	private final long tenantId;

	private final String username;

	private final String displayName;

	private final Long staffId;

	private final Long unitId;

	private final Set<String> roles;

	private final Map<String, List<ScopeGrant>> grantsByPermission;

	private final boolean locked;

	private final boolean enabled;

	private String passwordHash;

	public CurrentUser(long userId, long tenantId, String username, String displayName, Long staffId, Long unitId,
			Set<String> roles, Map<String, List<ScopeGrant>> grantsByPermission, String passwordHash, boolean locked,
			boolean enabled) {
		this.userId = userId;
		this.tenantId = tenantId;
		this.username = username;
		this.displayName = displayName;
		this.staffId = staffId;
		this.unitId = unitId;
		this.roles = Set.copyOf(roles);
		this.grantsByPermission = Map.copyOf(grantsByPermission);
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
	}

	public long userId() {
		return this.userId;
	}

	public long tenantId() {
		return this.tenantId;
	}

	public String displayName() {
		return this.displayName;
	}

	public Long staffId() {
		return this.staffId;
	}

	public Long unitId() {
		return this.unitId;
	}

	public Set<String> roles() {
		return this.roles;
	}

	public Set<String> permissions() {
		return this.grantsByPermission.keySet();
	}

	public boolean can(String permission) {
		return this.grantsByPermission.containsKey(permission);
	}

	public List<ScopeGrant> grantsFor(String permission) {
		return this.grantsByPermission.getOrDefault(permission, List.of());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.grantsByPermission.keySet()
			.stream()
			.map(SimpleGrantedAuthority::new)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.userId + "]";
	}

}
