package cn.houqin.notification.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.notification.domain.Inbox;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.Htmx;

/**
 * The signed-in user's inbox (我的消息): unread first, mark one or all read, open a message's
 * link. Every signed-in user has one; nobody sees another's.
 */
@Controller
class NotificationInboxController {

	private static final String INBOX = "notification/inbox";

	private static final String REDIRECT_INBOX = "redirect:/notifications";

	private final Inbox inbox;

	NotificationInboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(@ModelAttribute("filter") NotificationFilter filter, Model model, HttpServletRequest request,
			Locale locale) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("page",
				this.inbox.list(user.tenantId(), user.userId(), filter.isUnread(), filter.pageable(), locale));
		model.addAttribute("unreadCount", this.inbox.unreadCount(user.tenantId(), user.userId()));
		return Htmx.view(request, INBOX, "results");
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable long id, Model model, HttpServletRequest request, Locale locale) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("n", this.inbox.markRead(user.tenantId(), user.userId(), id, locale));
		return Htmx.isHtmx(request) ? INBOX + " :: row" : REDIRECT_INBOX;
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		int marked = this.inbox.markAllRead(user.tenantId(), user.userId());
		redirect.addFlashAttribute("flashSuccess", "notification.inbox.allRead");
		redirect.addFlashAttribute("flashArgs", new Object[] { marked });
		return REDIRECT_INBOX;
	}

	/** Marks the message read and goes where it points (the inbox when nowhere). */
	@GetMapping("/notifications/{id}/open")
	String open(@PathVariable long id) {
		CurrentUser user = DataScopes.currentUser();
		return this.inbox.open(user.tenantId(), user.userId(), id)
			.map(link -> "redirect:" + link)
			.orElse(REDIRECT_INBOX);
	}

}
