package cn.houqin.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code houqin.notification.*}). The SMTP server itself is
 * configured with {@code spring.mail.*}.
 *
 * @param mail e-mail delivery through the outbox
 * @param reminders the reminder job
 * @param retention how long read messages are kept (unread ones are kept until read)
 */
@ConfigurationProperties("houqin.notification")
public record NotificationSettings(@DefaultValue Mail mail, @DefaultValue Reminders reminders,
		@DefaultValue("P365D") Duration retention) {

	/**
	 * @param enabled whether the outbox is sent at all (messages are queued for users who
	 * turned e-mail on either way, and wait)
	 * @param from the sender address, e.g. {@code 后勤管理系统 <noreply@example.org>}
	 * @param baseUrl the application's address, to turn a message's link into one that
	 * works from a mail client; no link in the mail when empty
	 * @param interval pause between two runs of the sender
	 * @param batchSize e-mails sent per run at most
	 * @param maxAttempts attempts before an e-mail is marked failed
	 * @param firstRetry wait after the first failure; doubled after each further failure
	 * @param maxRetry longest wait between two attempts
	 */
	public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("noreply@localhost") String from,
			@DefaultValue("") String baseUrl, @DefaultValue("PT30S") Duration interval,
			@DefaultValue("50") int batchSize, @DefaultValue("8") int maxAttempts,
			@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT2H") Duration maxRetry) {

		/** The wait before the next attempt after {@code failures} failed attempts. */
		public Duration retryAfter(int failures) {
			Duration wait = this.firstRetry;
			for (int i = 1; i < failures && wait.compareTo(this.maxRetry) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(this.maxRetry) > 0 ? this.maxRetry : wait;
		}

	}

	/**
	 * @param interval pause between two runs of the reminder job
	 * @param batchSize reminders delivered per run at most
	 */
	public record Reminders(@DefaultValue("PT30S") Duration interval, @DefaultValue("200") int batchSize) {

	}

}
