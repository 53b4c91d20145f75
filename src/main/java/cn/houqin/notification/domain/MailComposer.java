package cn.houqin.notification.domain;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import cn.houqin.notification.NotificationSettings;

/**
 * Writes the e-mail of a notification in its recipient's language: the message as subject
 * and first line, the link made absolute when the application's address is configured,
 * and a footer telling how to stop e-mails.
 */
@Component
class MailComposer {

	private final MessageText text;

	private final NotificationSettings settings;

	MailComposer(MessageText text, NotificationSettings settings) {
		this.text = text;
		this.settings = settings;
	}

	MimeMessage compose(PendingMail mail, JavaMailSender sender) throws MessagingException {
		String message = this.text.render(mail.messageKey(), mail.args(), mail.locale());
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(this.settings.mail().from());
		helper.setTo(mail.address());
		helper.setSubject(this.text.render("notification.mail.subject", List.of(message), mail.locale()));
		helper.setText(body(message, mail));
		return mime;
	}

	private String body(String message, PendingMail mail) {
		StringBuilder body = new StringBuilder(message).append("\n\n");
		String baseUrl = this.settings.mail().baseUrl();
		if (mail.link() != null && baseUrl != null && !baseUrl.isBlank()) {
			String url = baseUrl.replaceAll("/+$", "") + mail.link();
			body.append(this.text.render("notification.mail.open", List.of(url), mail.locale())).append("\n\n");
		}
		body.append("-- \n").append(this.text.render("notification.mail.footer", List.of(), mail.locale()));
		return body.toString();
	}

}
