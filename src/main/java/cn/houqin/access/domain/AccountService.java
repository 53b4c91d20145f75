package cn.houqin.access.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * User administration and self-service: create, update roles and scopes, reset, unlock,
 * change own password.
 */
@Service
@Transactional
public class AccountService {

	private final UserAccounts accounts;

	private final Roles roles;

	private final OrgApi org;

	private final PasswordEncoder passwords;

	private final AuditApi audit;

	AccountService(UserAccounts accounts, Roles roles, OrgApi org, PasswordEncoder passwords, AuditApi audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.roles = roles;
		this.org = org;
		this.passwords = passwords;
	}

	@Transactional(readOnly = true)
	public PageResult<UserRow> list(DataScope scope, String q, Pageable pageable) {
		Specification<UserAccount> spec = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(cb.equal(root.get("tenantId"), scope.tenantId()));
			if (scope.unitRestricted()) {
				all.add(scope.unitIds().isEmpty() ? cb.equal(root.get("id"), scope.ownUserId())
						: cb.or(root.get("unitId").in(scope.unitIds()), cb.equal(root.get("id"), scope.ownUserId())));
			}
			if (q != null && !q.isBlank()) {
				String like = "%" + q.trim().toLowerCase() + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("username")), like),
						cb.like(cb.lower(root.get("displayName")), like)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		Page<UserAccount> page = this.accounts.findAll(spec, pageable);
		return PageResult.of(page, rows(scope.tenantId(), page.getContent()));
	}

	@Transactional(readOnly = true)
	public UserRow view(DataScope scope, long id) {
		UserAccount account = get(scope, id);
		return rows(scope.tenantId(), List.of(account)).apply(account);
	}

	UserAccount get(DataScope scope, long id) {
		return this.accounts.findByTenantIdAndId(scope.tenantId(), id)
			.filter(a -> scope.tenantWide() || a.getId() == scope.ownUserId() || scope.permitsUnit(a.getUnitId()))
			.orElseThrow(() -> new NotFoundException("User", id));
	}

	public UserRow create(DataScope scope, NewUser command) {
		String username = command.username().trim();
		if (this.accounts.existsByUsername(username)) {
			throw new BusinessRuleException("username", "access.user.error.usernameTaken", username);
		}
		PasswordPolicy.check("password", username, command.password());
		Long unitId = unitOf(scope, command.staffId());
		checkRoles(scope, command.roles());
		UserAccount account = new UserAccount(scope.tenantId(), username, command.displayName().trim(),
				this.passwords.encode(command.password()), command.staffId(), unitId);
		account.update(command.displayName().trim(), command.staffId(), unitId, command.enabled(), command.roles());
		return view(scope, this.accounts.save(account).getId());
	}

	public UserRow update(DataScope scope, long id, long version, NewUser command) {
		UserAccount account = get(scope, id);
		account.checkVersion(version);
		checkRoles(scope, command.roles());
		account.update(command.displayName().trim(), command.staffId(), unitOf(scope, command.staffId()),
				command.enabled(), command.roles());
		this.accounts.save(account);
		return view(scope, id);
	}

	/**
	 * Sets a random temporary password, returned once, that must be changed at next
	 * sign-in.
	 */
	public String resetPassword(DataScope scope, long id) {
		UserAccount account = get(scope, id);
		String temporary = Secrets.password(12);
		account.resetPassword(this.passwords.encode(temporary), Instant.now());
		this.accounts.save(account);
		this.audit.record(AuditActions.PASSWORD_RESET, "access.user", String.valueOf(id), Map.of());
		return temporary;
	}

	public void unlock(DataScope scope, long id) {
		UserAccount account = get(scope, id);
		account.unlock();
		this.accounts.save(account);
	}

	public void changeOwnPassword(long userId, String current, String replacement) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
		if (!this.passwords.matches(current, account.getPasswordHash())) {
			throw new BusinessRuleException("currentPassword", "access.password.error.current");
		}
		if (this.passwords.matches(replacement, account.getPasswordHash())) {
			throw new BusinessRuleException("newPassword", "access.password.error.same");
		}
		PasswordPolicy.check("newPassword", account.getUsername(), replacement);
		account.changePassword(this.passwords.encode(replacement), Instant.now());
		this.accounts.save(account);
	}

	@Transactional(readOnly = true)
	public boolean mustChangePassword(long userId) {
		return this.accounts.findById(userId).map(UserAccount::isMustChangePassword).orElse(false);
	}

	private Long unitOf(DataScope scope, Long staffId) {
		if (staffId == null) {
			return null;
		}
		StaffSummary staff = this.org.staff(scope.tenantId(), staffId)
			.filter(s -> scope.permits(s.unitId(), s.id()))
			.orElseThrow(() -> new BusinessRuleException("staffId", "access.user.error.staff"));
		return staff.unitId();
	}

	/**
	 * A manager cannot grant more reach than they hold: chosen units must lie in their
	 * scope.
	 */
	private void checkRoles(DataScope scope, List<RoleAssignment> assignments) {
		Set<Long> roleIds = assignments.stream().map(RoleAssignment::roleId).collect(Collectors.toSet());
		if (this.roles.findByTenantIdAndIdIn(scope.tenantId(), roleIds).size() != roleIds.size()) {
			throw new BusinessRuleException("roles", "access.user.error.role");
		}
		for (RoleAssignment assignment : assignments) {
			if (assignment.scopeType() == ScopeType.CHOSEN_UNITS && assignment.unitIds().isEmpty()) {
				throw new BusinessRuleException("roles", "access.user.error.chosenUnitsEmpty");
			}
			if (!scope.tenantWide()
					&& (assignment.scopeType() == ScopeType.TENANT || !scope.permitsAllUnits(assignment.unitIds()))) {
				throw new BusinessRuleException("roles", "access.user.error.scopeBeyondOwn");
			}
		}
	}

	private Function<UserAccount, UserRow> rows(long tenantId, Collection<UserAccount> accounts) {
		Map<Long, StaffSummary> staff = this.org.staff(tenantId,
				accounts.stream()
					.map(UserAccount::getStaffId)
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet()));
		Map<Long, String> units = this.org.unitNames(tenantId,
				accounts.stream()
					.map(UserAccount::getUnitId)
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet()));
		Map<Long, String> roleNames = this.roles.findByTenantIdOrderByCode(tenantId)
			.stream()
			.collect(Collectors.toMap(Role::getId, Role::getName));
		Instant now = Instant.now();
		return a -> new UserRow(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getStaffId(),
				a.getStaffId() == null ? null : staff.get(a.getStaffId()).employeeNo(),
				a.getStaffId() == null ? null : staff.get(a.getStaffId()).name(), a.getUnitId(),
				a.getUnitId() == null ? null : units.get(a.getUnitId()), a.isEnabled(), a.getLockedUntil(),
				a.isLockedAt(now), a.getRoles(), a.getRoles().stream().map(r -> roleNames.get(r.roleId())).toList());
	}

}
