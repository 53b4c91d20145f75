package cn.houqin.notification.domain;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.NotificationFixtures;
import cn.houqin.notification.Notify;

import static cn.houqin.notification.NotificationFixtures.newRecipient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through the outbox to an in-process SMTP server (GreenMail), and what happens
 * while the server is down.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class MailOutboxIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	NotificationApi notifications;

	@Autowired
	PreferenceService preferences;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxJob job;

	@Autowired
	UserDirectory users;

	long tenantId;

	@BeforeEach
	void setUp() {
		this.tenantId = new NotificationFixtures(this.users).tenantId();
		// other tests' e-mails still waiting go out first, so that each test sees only
		// its own
		Instant later = Instant.now().plus(Duration.ofDays(1));
		while (this.sender.sendDue(later, mailServer()) > 0) {
			// drained in batches
		}
		smtp.reset();
	}

	private JavaMailSenderImpl mailServer() {
		return mailSender(smtp.getSmtp().getPort());
	}

	private static JavaMailSenderImpl mailSender(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "2000");
		properties.setProperty("mail.smtp.timeout", "2000");
		mail.setJavaMailProperties(properties);
		return mail;
	}

	private static JavaMailSenderImpl deadMailServer() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return mailSender(socket.getLocalPort());
		}
	}

	private long userWithEmail(String address, String language) {
		long user = newRecipient();
		this.preferences.change(this.tenantId, user, new PreferenceChange(address, true, language, null));
		return user;
	}

	private long notifyByEmail(long user, String text) {
		return this.notifications.notify(Notify.withEmail(this.tenantId, user, "notification.reminder.generic",
				List.of(text), "/notifications"));
	}

	private static List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Test
	@DisplayName("开启邮件通知的用户收到中文主题的邮件")
	void sendsTheEmailWithAChineseSubject() throws Exception {
		long user = userWithEmail("li.ming@example.org", "zh-CN");
		long id = notifyByEmail(user, "周五下午三点在三楼会议室开会");

		assertThat(this.sender.sendDue(Instant.now().plusSeconds(1), mailServer())).isEqualTo(1);

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		List<MimeMessage> received = receivedBy("li.ming@example.org");
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("【后勤管理系统】提醒：周五下午三点在三楼会议室开会");
		assertThat(received.get(0).getContent().toString()).contains("提醒：周五下午三点在三楼会议室开会", "通知设置");
		assertThat(this.outbox.entriesOf(id)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.SENT);
			assertThat(entry.attempts()).isEqualTo(1);
			assertThat(entry.sentAt()).isNotNull();
		});
	}

	@Test
	void writesTheEmailInTheLanguageTheUserChose() throws Exception {
		long user = userWithEmail("john.smith@example.org", "en");
		notifyByEmail(user, "fire drill");

		this.sender.sendDue(Instant.now().plusSeconds(1), mailServer());

		assertThat(receivedBy("john.smith@example.org")).singleElement()
			.satisfies(message -> assertThat(message.getSubject()).isEqualTo("[Houqin] Reminder: fire drill"));
	}

	@Test
	@DisplayName("邮件服务器不可用时邮件留在发件箱，按退避间隔重试后送达")
	void retriesAfterTheMailServerFailedAndSendsOnceItIsBack() throws Exception {
		long user = userWithEmail("zhao.lei@example.org", "zh-CN");
		long id = notifyByEmail(user, "车辆年检");
		Instant failedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(1);

		assertThat(this.sender.sendDue(failedAt, deadMailServer())).isZero();

		OutboxEntry waiting = this.outbox.entriesOf(id).get(0);
		assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).isNotBlank();
		assertThat(waiting.nextAttemptAt()).isEqualTo(failedAt.plus(Duration.ofMinutes(1)));

		assertThat(this.sender.sendDue(failedAt.plusSeconds(30), mailServer())).isZero();
		assertThat(receivedBy("zhao.lei@example.org")).isEmpty();

		assertThat(this.sender.sendDue(failedAt.plusSeconds(61), mailServer())).isEqualTo(1);
		assertThat(receivedBy("zhao.lei@example.org")).singleElement()
			.satisfies(message -> assertThat(message.getSubject()).isEqualTo("【后勤管理系统】提醒：车辆年检"));
		assertThat(this.outbox.entriesOf(id)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.SENT);
			assertThat(entry.attempts()).isEqualTo(2);
		});
	}

	@Test
	void leavesTheRestOfTheRunForLaterWhenTheServerIsDown() throws Exception {
		long first = notifyByEmail(userWithEmail("a1@example.org", "zh-CN"), "一");
		long second = notifyByEmail(userWithEmail("a2@example.org", "zh-CN"), "二");

		this.sender.sendDue(Instant.now().plusSeconds(1), deadMailServer());

		assertThat(this.outbox.entriesOf(first).get(0).attempts()).isEqualTo(1);
		assertThat(this.outbox.entriesOf(second).get(0).attempts()).isZero();
		assertThat(this.outbox.entriesOf(second).get(0).status()).isEqualTo(MailStatus.PENDING);
	}

	@Test
	void givesUpAfterTheLastAttempt() throws Exception {
		long id = notifyByEmail(userWithEmail("never@example.org", "zh-CN"), "放弃");
		Instant at = Instant.now().plusSeconds(1);

		for (int attempt = 0; attempt < 8; attempt++) {
			this.sender.sendDue(at, deadMailServer());
			at = at.plus(Duration.ofHours(3));
		}

		assertThat(this.outbox.entriesOf(id)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
			assertThat(entry.attempts()).isEqualTo(8);
		});
		assertThat(this.sender.sendDue(at, mailServer())).isZero();
	}

	@Test
	void queuesNoEmailForUsersWhoDidNotTurnItOn() {
		long withoutSettings = newRecipient();
		long turnedOff = newRecipient();
		this.preferences.change(this.tenantId, turnedOff,
				new PreferenceChange("off@example.org", false, "zh-CN", null));
		long inAppOnly = userWithEmail("inapp@example.org", "zh-CN");

		assertThat(this.outbox.entriesOf(notifyByEmail(withoutSettings, "无设置"))).isEmpty();
		assertThat(this.outbox.entriesOf(notifyByEmail(turnedOff, "已关闭"))).isEmpty();
		assertThat(this.outbox.entriesOf(this.notifications
			.notify(Notify.inApp(this.tenantId, inAppOnly, "notification.reminder.generic", List.of("站内"), null))))
			.isEmpty();
	}

	@Test
	void keepsEmailsWaitingWhileEmailIsSwitchedOff() {
		long id = notifyByEmail(userWithEmail("wait@example.org", "zh-CN"), "等待");

		this.job.run();

		assertThat(this.outbox.entriesOf(id)).singleElement()
			.satisfies(entry -> assertThat(entry.status()).isEqualTo(MailStatus.PENDING));
	}

}
