package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.notification.Notify;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Each user's inbox (收件箱): delivers messages, queues their e-mail for users who want it,
 * lists them unread first and marks them read. A user reaches only their own messages;
 * anyone else's id answers 404.
 */
@Service
public class Inbox {

	private final Notifications notifications;

	private final MailOutbox outbox;

	private final MessageText text;

	Inbox(Notifications notifications, MailOutbox outbox, MessageText text) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.text = text;
	}

	/**
	 * Stores the message; with {@code email}, also queues an e-mail if the user wants
	 * one.
	 */
	@Transactional
	public long deliver(Notify notify) {
		Notification notification = this.notifications.save(new Notification(notify.tenantId(),
				notify.recipientUserId(), notify.messageKey(), notify.args(), notify.link()));
		if (notify.email()) {
			this.outbox.queue(notification, Instant.now());
		}
		return notification.getId();
	}

	@Transactional(readOnly = true)
	public PageResult<NotificationView> list(long tenantId, long userId, boolean unreadOnly, Pageable pageable,
			Locale locale) {
		var page = unreadOnly ? this.notifications.unread(tenantId, userId, pageable)
				: this.notifications.inbox(tenantId, userId, pageable);
		return PageResult.of(page, notification -> view(notification, locale));
	}

	@Transactional(readOnly = true)
	public long unreadCount(long tenantId, long userId) {
		return this.notifications.countByTenantIdAndRecipientIdAndReadAtIsNull(tenantId, userId);
	}

	@Transactional
	public NotificationView markRead(long tenantId, long userId, long id, Locale locale) {
		Notification notification = own(tenantId, userId, id);
		notification.markRead(Instant.now());
		return view(notification, locale);
	}

	/** Marks the message read and answers where it points, if anywhere. */
	@Transactional
	public Optional<String> open(long tenantId, long userId, long id) {
		Notification notification = own(tenantId, userId, id);
		notification.markRead(Instant.now());
		return Optional.ofNullable(notification.getLink());
	}

	@Transactional
	public int markAllRead(long tenantId, long userId) {
		return this.notifications.markAllRead(tenantId, userId, Instant.now());
	}

	/**
	 * Deletes up to {@code limit} read messages sent before {@code before} (with their
	 * e-mails); answers how many.
	 */
	@Transactional
	public int purgeReadBefore(Instant before, int limit) {
		List<Long> ids = this.notifications.readBefore(before, Limit.of(limit));
		if (!ids.isEmpty()) {
			this.notifications.deleteAllByIdInBatch(ids);
		}
		return ids.size();
	}

	private Notification own(long tenantId, long userId, long id) {
		return this.notifications.findByTenantIdAndRecipientIdAndId(tenantId, userId, id)
			.orElseThrow(() -> new NotFoundException("notification", id));
	}

	private NotificationView view(Notification notification, Locale locale) {
		return new NotificationView(notification.getId(),
				this.text.render(notification.getMessageKey(), notification.getArgs(), locale),
				notification.getMessageKey(), notification.getArgs(), notification.getLink(),
				notification.getCreatedAt(), notification.getReadAt(), notification.isRead());
	}

}
