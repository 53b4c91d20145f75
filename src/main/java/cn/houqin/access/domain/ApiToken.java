package cn.houqin.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.AuditMasked;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A personal API token (个人接口令牌) for {@code /api/v1/**}: only its SHA-256 digest is
 * stored; the token itself is shown once when created.
 */
@Entity
@EntityListeners(AccessChanges.class)
@Table(name = "acc_api_token")
@Audited("access.apiToken")
class ApiToken extends Aggregate<ApiToken> {

	@Column(name = "user_id")
	private long userId;

	private String name;

	@AuditMasked
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "token_prefix")
	private String tokenPrefix;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	private boolean revoked;

	protected ApiToken() {
	}

	ApiToken(long tenantId, long userId, String name, String tokenHash, String tokenPrefix, Instant expiresAt) {
		super(tenantId);
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant at) {
		return !this.revoked && (this.expiresAt == null || this.expiresAt.isAfter(at));
	}

	void revoke() {
		this.revoked = true;
	}

	public long getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public boolean isRevoked() {
		return this.revoked;
	}

}
