package cn.houqin.notification.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.jpa.Aggregate;

/**
 * An e-mail of a notification waiting in the outbox (待发邮件). Written in the transaction
 * that stores the notification, so a message is never lost when the mail server is down:
 * the sender retries it with growing pauses until it is accepted or attempts run out. Not
 * written to the audit trail: its status and attempts are its own delivery log.
 */
@Entity
@Table(name = "ntf_outbox")
class OutboxMail extends Aggregate<OutboxMail> {

	private static final int MAX_ERROR_LENGTH = 500;

	@Column(name = "notification_id")
	private long notificationId;

	private String address;

	private String language;

	@Enumerated(EnumType.STRING)
	private MailStatus status = MailStatus.PENDING;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error")
	private String lastError;

	protected OutboxMail() {
	}

	OutboxMail(long tenantId, long notificationId, String address, String language, Instant at) {
		super(tenantId);
		this.notificationId = notificationId;
		this.address = address;
		this.language = language;
		this.nextAttemptAt = at;
	}

	void sent(Instant at) {
		this.attempts++;
		this.status = MailStatus.SENT;
		this.sentAt = at;
		this.lastError = null;
	}

	/**
	 * Records a failed attempt: tried again after {@code retryAfter}, or failed for good
	 * when this was the last attempt or the mail can never be delivered.
	 */
	void attemptFailed(Instant at, String error, boolean permanent, int maxAttempts, Duration retryAfter) {
		this.attempts++;
		this.lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error
				: error.substring(0, MAX_ERROR_LENGTH);
		if (permanent || this.attempts >= maxAttempts) {
			this.status = MailStatus.FAILED;
		}
		else {
			this.nextAttemptAt = at.plus(retryAfter);
		}
	}

	long getNotificationId() {
		return this.notificationId;
	}

	String getAddress() {
		return this.address;
	}

	String getLanguage() {
		return this.language;
	}

	MailStatus getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	String getLastError() {
		return this.lastError;
	}

}
