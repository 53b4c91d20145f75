package cn.houqin.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Personal API tokens: created by a user for themselves, shown once, revocable,
 * optionally expiring.
 */
@Service
@Transactional
public class TokenService {

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final UserDirectory users;

	TokenService(ApiTokens tokens, UserDirectory users) {
		this.tokens = tokens;
		this.users = users;
	}

	/** Returns the token text; it cannot be shown again. */
	public String create(CurrentUser owner, String name, Integer validDays) {
		if (validDays != null && (validDays < 1 || validDays > 3650)) {
			throw new BusinessRuleException("validDays", "access.token.error.days");
		}
		String token = Secrets.token();
		Instant expires = validDays == null ? null : Instant.now().plus(Duration.ofDays(validDays));
		this.tokens.save(new ApiToken(owner.tenantId(), owner.userId(), name.trim(), Secrets.sha256(token),
				token.substring(0, 10), expires));
		return token;
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(CurrentUser owner) {
		return this.tokens.findByTenantIdAndUserIdOrderByIdDesc(owner.tenantId(), owner.userId())
			.stream()
			.map(TokenView::of)
			.toList();
	}

	public void revoke(CurrentUser owner, long id) {
		ApiToken token = this.tokens.findByTenantIdAndUserIdAndId(owner.tenantId(), owner.userId(), id)
			.orElseThrow(() -> new NotFoundException("ApiToken", id));
		token.revoke();
		this.tokens.save(token);
	}

	/** The user a presented token belongs to, if it is valid and the user may sign in. */
	public Optional<CurrentUser> authenticate(String presented) {
		return authenticateHash(Secrets.sha256(presented), Instant.now()).map(Authenticated::user);
	}

	/** A token's user and the token's expiry, by the token's hash. */
	Optional<Authenticated> authenticateHash(String tokenHash, Instant now) {
		return this.tokens.findByTokenHash(tokenHash).filter(t -> t.usableAt(now)).flatMap(t -> {
			// "last used" to the minute: a client calling many times a minute does not
			// write (and lock the token's row) on every call
			if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
				this.tokens.touch(t.getId(), now);
			}
			return this.users.byId(t.getUserId())
				.filter(user -> user.isEnabled() && user.isAccountNonLocked())
				.map(user -> new Authenticated(user, t.getExpiresAt()));
		});
	}

	record Authenticated(CurrentUser user, Instant expiresAt) {
	}

}
