package cn.houqin.access.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private final Instant start = Instant.parse("2026-11-27T01:00:00Z");

	private UserAccount account() {
		return new UserAccount(1, "li", "李", "{noop}x", null, null);
	}

	@Test
	@DisplayName("15 分钟内连续 5 次登录失败即锁定")
	void locksAfterFiveFailuresWithinTheWindow() {
		UserAccount account = account();
		for (int i = 0; i < 4; i++) {
			assertThat(account.recordFailure(this.start.plusSeconds(i * 60L), 5, WINDOW, WINDOW)).isFalse();
		}
		assertThat(account.recordFailure(this.start.plusSeconds(240), 5, WINDOW, WINDOW)).isTrue();
		assertThat(account.isLockedAt(this.start.plusSeconds(300))).isTrue();
		assertThat(account.isLockedAt(this.start.plusSeconds(240).plus(WINDOW).plusSeconds(1))).isFalse();
	}

	@Test
	void failuresOutsideTheWindowStartANewCount() {
		UserAccount account = account();
		for (int i = 0; i < 4; i++) {
			account.recordFailure(this.start.plusSeconds(i), 5, WINDOW, WINDOW);
		}
		assertThat(account.recordFailure(this.start.plus(WINDOW).plusSeconds(10), 5, WINDOW, WINDOW)).isFalse();
		assertThat(account.isLockedAt(this.start.plus(WINDOW).plusSeconds(11))).isFalse();
	}

	@Test
	void successfulSignInResetsTheCount() {
		UserAccount account = account();
		for (int i = 0; i < 4; i++) {
			account.recordFailure(this.start.plusSeconds(i), 5, WINDOW, WINDOW);
		}
		account.recordSuccess();
		assertThat(account.recordFailure(this.start.plusSeconds(10), 5, WINDOW, WINDOW)).isFalse();
	}

	@Test
	void adminResetUnlocksAndRequiresAChange() {
		UserAccount account = account();
		for (int i = 0; i < 5; i++) {
			account.recordFailure(this.start, 5, WINDOW, WINDOW);
		}
		account.resetPassword("{noop}temp", this.start);
		assertThat(account.isLockedAt(this.start)).isFalse();
		assertThat(account.isMustChangePassword()).isTrue();
	}

	@Test
	void passwordPolicyNamesTheRuleBroken() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "li", "short1"))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("access.password.error.short");
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "li", "onlyletters"))
			.hasMessage("access.password.error.mix");
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "abcd1234", "ABCD1234"))
			.hasMessage("access.password.error.username");
		PasswordPolicy.check("newPassword", "li", "good-pass-2026");
	}

	@Test
	void generatedPasswordsSatisfyThePolicy() {
		for (int i = 0; i < 200; i++) {
			PasswordPolicy.check("password", "admin", Secrets.password(12));
		}
	}

}
