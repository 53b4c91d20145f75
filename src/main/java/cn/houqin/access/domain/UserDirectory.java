package cn.houqin.access.domain;

import java.util.Collection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.UserSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;

/**
 * Builds the {@link CurrentUser} principal of a sign-in: permissions from the user's
 * roles, each with the scope grants that reach it.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory implements UserDetailsService {

	private final UserAccounts accounts;

	private final Roles roles;

	UserDirectory(UserAccounts accounts, Roles roles) {
		this.accounts = accounts;
		this.roles = roles;
	}

	@Override
	public CurrentUser loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(this::principal)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	public Optional<CurrentUser> byId(long userId) {
		return this.accounts.findById(userId).map(this::principal);
	}

	public Optional<UserSummary> summary(long tenantId, long userId) {
		return this.accounts.findByTenantIdAndId(tenantId, userId).map(UserDirectory::summary);
	}

	public Map<Long, UserSummary> summaries(long tenantId, Collection<Long> userIds) {
		return this.accounts.findAllById(userIds)
			.stream()
			.filter(account -> account.getTenantId() == tenantId)
			.map(UserDirectory::summary)
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	public List<UserSummary> usersOfStaff(long tenantId, long staffId) {
		return this.accounts.findByTenantIdAndStaffId(tenantId, staffId)
			.stream()
			.map(UserDirectory::summary)
			.filter(UserSummary::enabled)
			.toList();
	}

	public List<UserSummary> holders(long tenantId, String roleCode, long unitId) {
		return this.roles.findByTenantIdAndCode(tenantId, roleCode)
			.map(role -> this.accounts.holdersOf(tenantId, unitId, role.getId())
				.stream()
				.map(UserDirectory::summary)
				.toList())
			.orElse(List.of());
	}

	private static UserSummary summary(UserAccount account) {
		return new UserSummary(account.getId(), account.getTenantId(), account.getUsername(), account.getDisplayName(),
				account.getStaffId(), account.getUnitId(), account.isEnabled());
	}

	CurrentUser principal(UserAccount account) {
		Map<Long, Role> byId = this.roles
			.findByTenantIdAndIdIn(account.getTenantId(),
					account.getRoles().stream().map(RoleAssignment::roleId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Role::getId, Function.identity()));
		Map<String, List<ScopeGrant>> grants = new HashMap<>();
		Set<String> roleCodes = new HashSet<>();
		for (RoleAssignment assignment : account.getRoles()) {
			Role role = byId.get(assignment.roleId());
			if (role == null) {
				continue;
			}
			roleCodes.add(role.getCode());
			ScopeGrant grant = new ScopeGrant(assignment.scopeType(), assignment.unitIds());
			role.getPermissions().forEach(p -> grants.computeIfAbsent(p, k -> new ArrayList<>()).add(grant));
		}
		return new CurrentUser(account.getId(), account.getTenantId(), account.getUsername(), account.getDisplayName(),
				account.getStaffId(), account.getUnitId(), roleCodes, grants, account.getPasswordHash(),
				account.isLockedAt(Instant.now()), account.isEnabled());
	}

}
