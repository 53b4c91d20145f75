package cn.houqin.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.houqin.shared.security.CurrentUser;

/**
 * The principals of presented API tokens, kept for a few seconds. A client calling many
 * times a second is not re-read from the database (token, account, roles and about two
 * hundred permission rows for a user with every role) on each call. A cached principal is
 * dropped when its time is up, when its token expires, and as soon as any account, role
 * or token of this process changes; another process's change is seen within {@link #TTL}
 * (a signed-in session keeps its principal until sign-out).
 */
@Component
public class TokenPrincipals {

	static final Duration TTL = Duration.ofSeconds(10);

	private static final int MAX_ENTRIES = 10_000;

	private final TokenService tokens;

	private Clock clock = Clock.systemUTC();

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	TokenPrincipals(TokenService tokens) {
		this.tokens = tokens;
	}

	/** For tests: the clock the cache's times are read from. */
	void useClock(Clock clock) {
		this.clock = clock;
	}

	/** The user a presented token belongs to, if it is valid and the user may sign in. */
	public Optional<CurrentUser> authenticate(String presented) {
		String hash = Secrets.sha256(presented);
		Instant now = this.clock.instant();
		long generation = AccessChanges.generation();
		// inside a transaction (a caller that may hold uncommitted account changes) the
		// database is asked
		boolean cacheable = !TransactionSynchronizationManager.isActualTransactionActive();
		Cached cached = cacheable ? this.cache.get(hash) : null;
		if (cached != null && cached.validAt(now, generation)) {
			return Optional.of(cached.user());
		}
		Optional<TokenService.Authenticated> found = this.tokens.authenticateHash(hash, now);
		if (found.isEmpty()) {
			this.cache.remove(hash);
			return Optional.empty();
		}
		if (!cacheable) {
			return Optional.of(found.get().user());
		}
		if (this.cache.size() >= MAX_ENTRIES) {
			this.cache.clear();
		}
		this.cache.put(hash, new Cached(found.get().user(), generation, now.plus(TTL), found.get().expiresAt()));
		return Optional.of(found.get().user());
	}

	private record Cached(CurrentUser user, long generation, Instant until, Instant tokenExpiresAt) {

		boolean validAt(Instant now, long currentGeneration) {
			return this.generation == currentGeneration && now.isBefore(this.until)
					&& (this.tokenExpiresAt == null || now.isBefore(this.tokenExpiresAt));
		}

	}

}
