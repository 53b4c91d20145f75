package cn.houqin.notification;

import org.springframework.stereotype.Component;

import cn.houqin.notification.domain.Inbox;

/**
 * What other modules may ask of notifications: put a message in a user's inbox (and, if
 * asked and the user wants it, an e-mail), and count a user's unread messages. A message
 * sent inside the caller's transaction is stored only if that transaction commits.
 */
@Component
public class NotificationApi {

	private final Inbox inbox;

	NotificationApi(Inbox inbox) {
		this.inbox = inbox;
	}

	/** Stores the message; answers its id. */
	public long notify(Notify notify) {
		return this.inbox.deliver(notify);
	}

	public long unreadCount(long tenantId, long userId) {
		return this.inbox.unreadCount(tenantId, userId);
	}

}
