package cn.houqin.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.NotificationFixtures;
import cn.houqin.notification.Reminders;

import static cn.houqin.notification.NotificationFixtures.newRecipient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and the inbox end to end, run on H2 and on PostgreSQL: delivery when due,
 * once even when two nodes deliver at the same moment, cancelling, the job's cluster
 * lock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
abstract class ReminderScenarios {

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderBook book;

	@Autowired
	ReminderJob job;

	@Autowired
	NotificationApi notifications;

	@Autowired
	Inbox inbox;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcTemplate jdbc;

	long tenantId;

	@BeforeEach
	void setUp() {
		this.tenantId = new NotificationFixtures(this.users).tenantId();
	}

	private long remind(long user, Instant at, String text) {
		return this.reminders.remind(this.tenantId, user, at, "notification.reminder.generic", List.of(text),
				"/notifications");
	}

	private ReminderStatus statusOf(long reminderId) {
		return this.book.view(this.tenantId, reminderId).orElseThrow().status();
	}

	@Test
	void deliversADueReminderAsANotification() {
		long user = newRecipient();
		// due later than the clock of the background job, so only this test delivers it
		Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofHours(1));
		long id = remind(user, due, "交车");

		this.book.deliverDue(due);

		assertThat(this.notifications.unreadCount(this.tenantId, user)).isEqualTo(1);
		assertThat(this.book.view(this.tenantId, id).orElseThrow()).satisfies(view -> {
			assertThat(view.status()).isEqualTo(ReminderStatus.DELIVERED);
			assertThat(view.deliveredAt()).isEqualTo(due);
		});

		this.book.deliverDue(due.plusSeconds(60));
		assertThat(this.notifications.unreadCount(this.tenantId, user)).isEqualTo(1);
	}

	@Test
	void keepsAReminderUntilItIsDue() {
		long user = newRecipient();
		long id = remind(user, Instant.now().plus(Duration.ofDays(30)), "年度盘点");

		this.book.deliverDue(Instant.now());

		assertThat(statusOf(id)).isEqualTo(ReminderStatus.PENDING);
		assertThat(this.notifications.unreadCount(this.tenantId, user)).isZero();
	}

	@Test
	void neverDeliversACancelledReminder() {
		long user = newRecipient();
		Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofHours(2));
		long id = remind(user, due, "已取消的会议");

		assertThat(this.reminders.cancel(this.tenantId, id)).isTrue();
		assertThat(this.reminders.cancel(this.tenantId, id)).isFalse();
		assertThat(this.reminders.cancel(this.tenantId + 1, id)).isFalse();
		this.book.deliverDue(due);

		assertThat(statusOf(id)).isEqualTo(ReminderStatus.CANCELLED);
		assertThat(this.notifications.unreadCount(this.tenantId, user)).isZero();
	}

	@Test
	@DisplayName("两个节点同时投递到期提醒，每条提醒只送达一次")
	void deliversEachReminderOnceWhenTwoNodesDeliverAtTheSameTime() throws Exception {
		long user = newRecipient();
		Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofHours(1)).plusSeconds(30);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(remind(user, due, "并发-" + i));
		}
		CyclicBarrier together = new CyclicBarrier(2);
		Callable<Integer> node = () -> {
			together.await(10, TimeUnit.SECONDS);
			return this.book.deliverDue(due);
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = nodes.invokeAll(List.of(node, node), 60, TimeUnit.SECONDS);
			assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(20);
		}
		finally {
			nodes.shutdownNow();
		}

		assertThat(this.notifications.unreadCount(this.tenantId, user)).isEqualTo(20);
		assertThat(ids).allSatisfy(id -> assertThat(statusOf(id)).isEqualTo(ReminderStatus.DELIVERED));
	}

	@Test
	void listsDeliveredRemindersUnreadFirst() {
		long user = newRecipient();
		Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofHours(1)).plusSeconds(45);
		remind(user, due.minusSeconds(2), "较早");
		remind(user, due.minusSeconds(1), "较晚");
		this.book.deliverDue(due);
		List<NotificationView> delivered = this.inbox
			.list(this.tenantId, user, false, PageRequest.of(0, 10), Locale.SIMPLIFIED_CHINESE)
			.items();
		this.inbox.markRead(this.tenantId, user, delivered.get(0).id(), Locale.SIMPLIFIED_CHINESE);

		assertThat(
				this.inbox.list(this.tenantId, user, false, PageRequest.of(0, 10), Locale.SIMPLIFIED_CHINESE).items())
			.extracting(NotificationView::read)
			.containsExactly(false, true);
		assertThat(delivered).extracting(NotificationView::text).contains("提醒：较早", "提醒：较晚");
	}

	@Test
	void runsTheJobUnderAClusterLock() {
		this.job.run();

		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'notification.reminders'",
				Integer.class))
			.isEqualTo(1);
	}

}
