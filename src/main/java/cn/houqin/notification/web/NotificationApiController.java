package cn.houqin.notification.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.notification.domain.Inbox;
import cn.houqin.notification.domain.NotificationView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications", description = "The signed-in user's inbox (我的消息)")
class NotificationApiController {

	private final Inbox inbox;

	NotificationApiController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "The caller's messages, unread first then newest first, text in the request's language "
			+ "(Accept-Language); unread=true for unread only; page, size")
	PageResult<NotificationView> list(NotificationFilter filter, Locale locale) {
		CurrentUser user = DataScopes.currentUser();
		return this.inbox.list(user.tenantId(), user.userId(), filter.isUnread(), filter.pageable(), locale);
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the caller's messages are unread")
	UnreadCount unreadCount() {
		CurrentUser user = DataScopes.currentUser();
		return new UnreadCount(this.inbox.unreadCount(user.tenantId(), user.userId()));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of the caller's messages read (404 for anyone else's)")
	NotificationView markRead(@PathVariable long id, Locale locale) {
		CurrentUser user = DataScopes.currentUser();
		return this.inbox.markRead(user.tenantId(), user.userId(), id, locale);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all of the caller's messages read; answers how many were unread")
	MarkedRead markAllRead() {
		CurrentUser user = DataScopes.currentUser();
		return new MarkedRead(this.inbox.markAllRead(user.tenantId(), user.userId()));
	}

	record UnreadCount(long unread) {
	}

	record MarkedRead(int marked) {
	}

}
