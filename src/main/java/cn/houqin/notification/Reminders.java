package cn.houqin.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.notification.domain.ReminderBook;

/**
 * Reminders (提醒) that modules schedule for a user at an instant, e.g. a meeting about to
 * start or an appeal window about to close. When due, a reminder is delivered once as a
 * notification, by whichever node of the cluster runs the reminder job.
 */
@Component
public class Reminders {

	private final ReminderBook book;

	Reminders(ReminderBook book) {
		this.book = book;
	}

	/**
	 * Schedules an in-app reminder; answers its id (to cancel it). A time already past is
	 * delivered at the next run of the job.
	 */
	public long remind(long tenantId, long userId, Instant at, String messageKey, List<String> args, String link) {
		return remind(tenantId, userId, at, messageKey, args, link, false);
	}

	/**
	 * Schedules a reminder that also goes out as an e-mail to a user who wants e-mail.
	 */
	public long remind(long tenantId, long userId, Instant at, String messageKey, List<String> args, String link,
			boolean email) {
		if (at == null) {
			throw new IllegalArgumentException("A reminder needs a time");
		}
		return this.book.schedule(new Notify(tenantId, userId, messageKey, args, link, email), at);
	}

	/** Withdraws a reminder not yet delivered; answers whether it was still pending. */
	public boolean cancel(long tenantId, long reminderId) {
		return this.book.cancel(tenantId, reminderId);
	}

}
