package cn.houqin.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.AuditMasked;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A user account (用户): signs in with a username and password, optionally linked to a
 * staff member, holds roles each with a data scope. Locked for a while after repeated
 * failed sign-ins.
 */
@Entity
@EntityListeners(AccessChanges.class)
@Table(name = "acc_user")
@Audited("access.user")
class UserAccount extends Aggregate<UserAccount> {

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@AuditMasked
	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "staff_id")
	private Long staffId;

	@Column(name = "unit_id")
	private Long unitId;

	private boolean enabled = true;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "first_failure_at")
	private Instant firstFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "acc_user_role", joinColumns = @JoinColumn(name = "user_id"))
	private List<RoleAssignment> roles = new ArrayList<>();

	protected UserAccount() {
	}

	UserAccount(long tenantId, String username, String displayName, String passwordHash, Long staffId, Long unitId) {
		super(tenantId);
		this.username = username;
		this.displayName = displayName;
		this.staffId = staffId;
		this.unitId = unitId;
		changePassword(passwordHash, Instant.now());
	}

	void changePassword(String newHash, Instant at) {
		this.passwordHash = newHash;
		this.passwordChangedAt = at;
		this.mustChangePassword = false;
	}

	/** Admin reset: a temporary password the user must change at next sign-in. */
	void resetPassword(String temporaryHash, Instant at) {
		changePassword(temporaryHash, at);
		this.mustChangePassword = true;
		unlock();
	}

	void update(String displayName, Long staffId, Long unitId, boolean enabled, List<RoleAssignment> roles) {
		this.displayName = displayName;
		this.staffId = staffId;
		this.unitId = unitId;
		this.enabled = enabled;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void moveToUnit(Long unitId) {
		this.unitId = unitId;
	}

	void disable() {
		this.enabled = false;
	}

	/**
	 * Counts a failed sign-in inside the window; the account locks when the count reaches
	 * the limit. Returns whether this failure locked it.
	 */
	boolean recordFailure(Instant at, int maxFailures, Duration window, Duration lockout) {
		if (this.firstFailureAt == null || this.firstFailureAt.plus(window).isBefore(at)) {
			this.firstFailureAt = at;
			this.failedAttempts = 0;
		}
		this.failedAttempts++;
		if (this.failedAttempts >= maxFailures) {
			this.lockedUntil = at.plus(lockout);
			this.failedAttempts = 0;
			this.firstFailureAt = null;
			return true;
		}
		return false;
	}

	void recordSuccess() {
		if (this.failedAttempts != 0 || this.firstFailureAt != null) {
			this.failedAttempts = 0;
			this.firstFailureAt = null;
		}
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
		this.firstFailureAt = null;
	}

	public boolean isLockedAt(Instant at) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(at);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Long getStaffId() {
		return this.staffId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public List<RoleAssignment> getRoles() {
		return List.copyOf(this.roles);
	}

}
