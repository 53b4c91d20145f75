package cn.houqin.notification.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTests {

	private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	private final OutboxMail mail = new OutboxMail(1, 10, "zhang@example.org", "zh-CN", NOW);

	@Test
	void waitsForTheNextAttemptAfterAFailure() {
		this.mail.attemptFailed(NOW, "Connection refused", false, 3, Duration.ofMinutes(1));

		assertThat(this.mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(this.mail.getAttempts()).isEqualTo(1);
		assertThat(this.mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.mail.getLastError()).isEqualTo("Connection refused");
	}

	@Test
	void failsForGoodAfterTheLastAttempt() {
		this.mail.attemptFailed(NOW, "refused", false, 2, Duration.ofMinutes(1));
		this.mail.attemptFailed(NOW.plusSeconds(60), "refused", false, 2, Duration.ofMinutes(2));

		assertThat(this.mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(this.mail.getAttempts()).isEqualTo(2);
	}

	@Test
	void failsAtOnceWhenItCanNeverBeDelivered() {
		this.mail.attemptFailed(NOW, "Illegal address", true, 8, Duration.ofMinutes(1));

		assertThat(this.mail.getStatus()).isEqualTo(MailStatus.FAILED);
	}

	@Test
	void recordsWhenTheServerAcceptedIt() {
		this.mail.attemptFailed(NOW, "x".repeat(2000), false, 8, Duration.ofMinutes(1));
		assertThat(this.mail.getLastError()).hasSize(500);

		this.mail.sent(NOW.plusSeconds(60));

		assertThat(this.mail.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(this.mail.getAttempts()).isEqualTo(2);
		assertThat(this.mail.getSentAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.mail.getLastError()).isNull();
	}

}
