package cn.houqin.notification.domain;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.houqin.notification.NotificationSettings;

/**
 * Nightly, on one node: deletes read messages older than the retention period, in
 * batches, so that inboxes do not grow without end. Unread messages are kept.
 */
@Component
class InboxCleanupJob {

	private static final Logger log = LoggerFactory.getLogger(InboxCleanupJob.class);

	private static final int BATCH = 1_000;

	private final Inbox inbox;

	private final NotificationSettings settings;

	InboxCleanupJob(Inbox inbox, NotificationSettings settings) {
		this.inbox = inbox;
		this.settings = settings;
	}

	@Scheduled(cron = "${houqin.notification.cleanup-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "notification.cleanup", lockAtMostFor = "PT1H")
	public void run() {
		Instant before = Instant.now().minus(this.settings.retention());
		int deleted = 0;
		int batch;
		do {
			batch = this.inbox.purgeReadBefore(before, BATCH);
			deleted += batch;
		}
		while (batch == BATCH);
		if (deleted > 0) {
			log.info("Deleted {} read messages sent before {}", deleted, before);
		}
	}

}
