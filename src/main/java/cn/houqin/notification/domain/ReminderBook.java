package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.notification.NotificationSettings;
import cn.houqin.notification.Notify;

/**
 * The reminder book (提醒簿): schedules and withdraws reminders, and delivers the due ones.
 * Each delivery is one transaction that claims the reminder with a guarded update and
 * stores its notification, so a reminder reaches the inbox exactly once however many
 * nodes (or threads) deliver at the same moment, and a failed delivery leaves it pending
 * for the next run.
 */
@Service
public class ReminderBook {

	private static final Logger log = LoggerFactory.getLogger(ReminderBook.class);

	private final ScheduledReminders reminders;

	private final Inbox inbox;

	private final NotificationSettings settings;

	private final TransactionTemplate eachDelivery;

	ReminderBook(ScheduledReminders reminders, Inbox inbox, NotificationSettings settings,
			PlatformTransactionManager transactions) {
		this.reminders = reminders;
		this.inbox = inbox;
		this.settings = settings;
		this.eachDelivery = new TransactionTemplate(transactions);
	}

	@Transactional
	public long schedule(Notify message, Instant at) {
		return this.reminders.save(new Reminder(message, at)).getId();
	}

	/**
	 * Withdraws a pending reminder of the tenant; answers whether there was one to
	 * withdraw.
	 */
	@Transactional
	public boolean cancel(long tenantId, long reminderId) {
		return this.reminders.findByTenantIdAndId(tenantId, reminderId).map(Reminder::cancel).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<ReminderView> view(long tenantId, long reminderId) {
		return this.reminders.findByTenantIdAndId(tenantId, reminderId)
			.map(r -> new ReminderView(r.getId(), r.getUserId(), r.getDueAt(), r.getStatus(), r.getDeliveredAt()));
	}

	/**
	 * Delivers the reminders due at {@code now}; answers how many this caller delivered.
	 */
	public int deliverDue(Instant now) {
		int delivered = 0;
		for (Reminder reminder : this.reminders.findByStatusAndDueAtLessThanEqualOrderByDueAtAscIdAsc(
				ReminderStatus.PENDING, now, Limit.of(this.settings.reminders().batchSize()))) {
			if (deliver(reminder, now)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean deliver(Reminder reminder, Instant now) {
		try {
			return Boolean.TRUE.equals(this.eachDelivery.execute(status -> {
				if (this.reminders.claim(reminder.getId(), now) == 0) {
					return false;
				}
				this.inbox.deliver(reminder.message());
				return true;
			}));
		}
		catch (ConcurrencyFailureException ex) {
			log.debug("Reminder {} is being delivered by another node", reminder.getId());
			return false;
		}
		catch (RuntimeException ex) {
			log.warn("Reminder {} not delivered, tried again next run", reminder.getId(), ex);
			return false;
		}
	}

}
