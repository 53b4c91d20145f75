package cn.houqin.notification.domain;

import java.time.Instant;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.houqin.notification.NotificationSettings;

/**
 * Sends the e-mails of the outbox that are due. Each outcome is recorded at once:
 * accepted mails are marked sent, refused ones are tried again later. When the mail
 * server fails, the rest of the run is left for the next one (the server is likely down)
 * without counting an attempt against them. A node that dies between sending and
 * recording sends that mail again: delivery is at least once.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final MailComposer composer;

	private final NotificationSettings settings;

	OutboxSender(MailOutbox outbox, MailComposer composer, NotificationSettings settings) {
		this.outbox = outbox;
		this.composer = composer;
		this.settings = settings;
	}

	/**
	 * Sends what is due at {@code now} through {@code sender}; answers how many were
	 * sent.
	 */
	public int sendDue(Instant now, JavaMailSender sender) {
		int sent = 0;
		for (PendingMail mail : this.outbox.due(now, this.settings.mail().batchSize())) {
			try {
				sender.send(this.composer.compose(mail, sender));
				this.outbox.sent(mail.id(), Instant.now());
				sent++;
			}
			catch (MessagingException | MailParseException | MailPreparationException ex) {
				log.warn("E-mail {} cannot be written or addressed, given up: {}", mail.id(), ex.getMessage());
				this.outbox.attemptFailed(mail.id(), now, ex.getMessage(), true);
			}
			catch (MailException ex) {
				log.warn("E-mail {} not accepted by the mail server, retried later: {}", mail.id(), ex.getMessage());
				this.outbox.attemptFailed(mail.id(), now, ex.getMessage(), false);
				break;
			}
		}
		return sent;
	}

}
