package cn.houqin.notification.domain;

import java.time.Instant;

/**
 * The delivery state of one e-mail of the outbox.
 *
 * @param id the outbox entry
 * @param notificationId the message it carries
 * @param address where it goes
 * @param status pending, sent or failed
 * @param attempts attempts made so far
 * @param nextAttemptAt when it is tried (again) while pending
 * @param sentAt when the mail server accepted it
 * @param lastError the last failure, if any
 */
public record OutboxEntry(long id, long notificationId, String address, MailStatus status, int attempts,
		Instant nextAttemptAt, Instant sentAt, String lastError) {

}
