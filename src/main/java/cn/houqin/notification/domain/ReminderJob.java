package cn.houqin.notification.domain;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due reminders, on one node of the cluster at a time.
 */
@Component
class ReminderJob {

	private final ReminderBook book;

	ReminderJob(ReminderBook book) {
		this.book = book;
	}

	@Scheduled(initialDelayString = "${houqin.notification.reminders.interval:PT30S}",
			fixedDelayString = "${houqin.notification.reminders.interval:PT30S}")
	@SchedulerLock(name = "notification.reminders", lockAtMostFor = "PT15M")
	public void run() {
		this.book.deliverDue(Instant.now());
	}

}
