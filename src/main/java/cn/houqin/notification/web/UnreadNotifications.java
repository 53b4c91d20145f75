package cn.houqin.notification.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.notification.domain.Inbox;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.PendingWork;

/**
 * Every user's unread messages among the work waiting for them (待办).
 */
@Component
class UnreadNotifications implements PendingWork {

	private final Inbox inbox;

	UnreadNotifications(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<PendingItem> pendingFor(CurrentUser user) {
		return List.of(new PendingItem("notification.pending.unread",
				this.inbox.unreadCount(user.tenantId(), user.userId()), "/notifications"));
	}

}
