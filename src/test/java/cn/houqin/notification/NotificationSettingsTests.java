package cn.houqin.notification;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationSettingsTests {

	private final NotificationSettings.Mail mail = new NotificationSettings.Mail(true, "noreply@localhost", "",
			Duration.ofSeconds(30), 50, 8, Duration.ofMinutes(1), Duration.ofMinutes(30));

	@Test
	@DisplayName("邮件发送失败后的重试间隔逐次加倍，但不超过上限")
	void doublesTheWaitAfterEachFailureUpToTheLongestWait() {
		assertThat(this.mail.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.mail.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.mail.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.mail.retryAfter(6)).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.mail.retryAfter(60)).isEqualTo(Duration.ofMinutes(30));
	}

}
