package cn.houqin.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TokenPrincipalsTests {

	static final String TOKEN = "hq_example";

	static final CurrentUser USER = new CurrentUser(7, 1, "wang", "王芳", 10L, 20L, Set.of("staff"), Map.of(), null,
			false, true);

	MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));

	TokenService service = mock(TokenService.class);

	TokenPrincipals principals = new TokenPrincipals(this.service);

	@BeforeEach
	void tokenIsValid() {
		this.principals.useClock(this.clock);
		answer(null);
	}

	@AfterEach
	void noTransaction() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	@DisplayName("同一令牌短时间内再次调用不再查询数据库")
	void aSecondCallWithinTheTimeToLiveIsServedFromTheCache() {
		assertThat(this.principals.authenticate(TOKEN)).contains(USER);
		this.clock.advance(TokenPrincipals.TTL.minusSeconds(1));
		assertThat(this.principals.authenticate(TOKEN)).contains(USER);
		verify(this.service, times(1)).authenticateHash(anyString(), any());
	}

	@Test
	@DisplayName("缓存到期后重新查询；令牌已被撤销则拒绝")
	void afterTheTimeToLiveTheTokenIsReadAgainAndARevokedTokenIsRefused() {
		this.principals.authenticate(TOKEN);
		this.clock.advance(TokenPrincipals.TTL);
		when(this.service.authenticateHash(anyString(), any())).thenReturn(Optional.empty());
		assertThat(this.principals.authenticate(TOKEN)).isEmpty();
		verify(this.service, times(2)).authenticateHash(anyString(), any());
	}

	@Test
	@DisplayName("账号、角色或令牌一有变更，缓存的身份即失效")
	void anyChangeToAccountsRolesOrTokensDropsCachedPrincipals() {
		this.principals.authenticate(TOKEN);
		new AccessChanges().changed(new Object());
		this.principals.authenticate(TOKEN);
		verify(this.service, times(2)).authenticateHash(anyString(), any());
	}

	@Test
	@DisplayName("令牌到期的那一刻起不再使用缓存")
	void aTokenExpiringBeforeTheCacheEntryIsReadAgainWhenItExpires() {
		answer(this.clock.instant().plusSeconds(2));
		this.principals.authenticate(TOKEN);
		this.clock.advance(Duration.ofSeconds(2));
		when(this.service.authenticateHash(anyString(), any())).thenReturn(Optional.empty());
		assertThat(this.principals.authenticate(TOKEN)).isEmpty();
	}

	@Test
	@DisplayName("在事务中调用时总是查询数据库（可能有未提交的变更）")
	void insideATransactionTheDatabaseIsAlwaysAsked() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		this.principals.authenticate(TOKEN);
		this.principals.authenticate(TOKEN);
		verify(this.service, times(2)).authenticateHash(anyString(), any());
	}

	private void answer(Instant expiresAt) {
		when(this.service.authenticateHash(anyString(), any()))
			.thenReturn(Optional.of(new TokenService.Authenticated(USER, expiresAt)));
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
