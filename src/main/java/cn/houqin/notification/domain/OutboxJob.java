package cn.houqin.notification.domain;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.houqin.notification.NotificationSettings;

/**
 * Runs the outbox sender on one node of the cluster at a time, when e-mail is enabled and
 * a mail server is configured ({@code spring.mail.host}).
 */
@Component
class OutboxJob {

	private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

	private final OutboxSender sender;

	private final ObjectProvider<JavaMailSender> mailSenders;

	private final NotificationSettings settings;

	private volatile boolean warned;

	OutboxJob(OutboxSender sender, ObjectProvider<JavaMailSender> mailSenders, NotificationSettings settings) {
		this.sender = sender;
		this.mailSenders = mailSenders;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "${houqin.notification.mail.interval:PT30S}",
			fixedDelayString = "${houqin.notification.mail.interval:PT30S}")
	@SchedulerLock(name = "notification.outbox", lockAtMostFor = "PT15M")
	public void run() {
		if (!this.settings.mail().enabled()) {
			return;
		}
		JavaMailSender mailSender = this.mailSenders.getIfAvailable();
		if (mailSender == null) {
			if (!this.warned) {
				log.warn("E-mail is enabled but no mail server is configured (spring.mail.host); e-mails wait");
				this.warned = true;
			}
			return;
		}
		this.sender.sendDue(Instant.now(), mailSender);
	}

}
