package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.notification.NotificationSettings;

/**
 * The e-mail outbox (邮件发件箱): queues a notification's e-mail for a user who turned e-mail
 * on, hands out the e-mails due for an attempt and records each attempt's outcome, one
 * short transaction each.
 */
@Service
public class MailOutbox {

	private final OutboxMails mails;

	private final Preferences preferences;

	private final Notifications notifications;

	private final NotificationSettings settings;

	MailOutbox(OutboxMails mails, Preferences preferences, Notifications notifications, NotificationSettings settings) {
		this.mails = mails;
		this.preferences = preferences;
		this.notifications = notifications;
		this.settings = settings;
	}

	/** Queues the e-mail of a stored notification if its recipient wants e-mail. */
	@Transactional
	Optional<Long> queue(Notification notification, Instant at) {
		return this.preferences.findByTenantIdAndUserId(notification.getTenantId(), notification.getRecipientId())
			.filter(Preference::wantsEmail)
			.map(preference -> this.mails.save(new OutboxMail(notification.getTenantId(), notification.getId(),
					preference.getEmail(), preference.getLanguage(), at)))
			.map(OutboxMail::getId);
	}

	@Transactional(readOnly = true)
	List<PendingMail> due(Instant now, int limit) {
		return this.mails
			.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAscIdAsc(MailStatus.PENDING, now,
					Limit.of(limit))
			.stream()
			.flatMap(mail -> this.notifications.findById(mail.getNotificationId())
				.map(n -> new PendingMail(mail.getId(), mail.getAddress(), MessageText.localeOf(mail.getLanguage()),
						n.getMessageKey(), n.getArgs(), n.getLink()))
				.stream())
			.toList();
	}

	@Transactional
	void sent(long id, Instant at) {
		this.mails.findById(id).ifPresent(mail -> mail.sent(at));
	}

	@Transactional
	void attemptFailed(long id, Instant at, String error, boolean permanent) {
		this.mails.findById(id).ifPresent(mail -> {
			NotificationSettings.Mail mailSettings = this.settings.mail();
			mail.attemptFailed(at, error, permanent, mailSettings.maxAttempts(),
					mailSettings.retryAfter(mail.getAttempts() + 1));
		});
	}

	/**
	 * The e-mails of one notification, oldest first (none if its user did not want
	 * e-mail).
	 */
	@Transactional(readOnly = true)
	public List<OutboxEntry> entriesOf(long notificationId) {
		return this.mails.findByNotificationId(notificationId)
			.stream()
			.map(mail -> new OutboxEntry(mail.getId(), mail.getNotificationId(), mail.getAddress(), mail.getStatus(),
					mail.getAttempts(), mail.getNextAttemptAt(), mail.getSentAt(), mail.getLastError()))
			.toList();
	}

}
