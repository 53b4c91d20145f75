package cn.houqin.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.domain.Inbox;
import cn.houqin.notification.domain.NotificationView;
import cn.houqin.shared.web.NotFoundException;

import static cn.houqin.notification.NotificationFixtures.message;
import static cn.houqin.notification.NotificationFixtures.newRecipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class NotificationApiIntegrationTests {

	@Autowired
	NotificationApi notifications;

	@Autowired
	Inbox inbox;

	@Autowired
	UserDirectory users;

	@Autowired
	TransactionTemplate transactions;

	long tenantId;

	@BeforeEach
	void setUp() {
		this.tenantId = new NotificationFixtures(this.users).tenantId();
	}

	@Test
	void countsUnreadMessagesUntilTheyAreRead() {
		long user = newRecipient();
		long first = this.notifications.notify(message(this.tenantId, user, "一"));
		this.notifications.notify(message(this.tenantId, user, "二"));
		this.notifications.notify(message(this.tenantId, newRecipient(), "别人的"));

		assertThat(this.notifications.unreadCount(this.tenantId, user)).isEqualTo(2);

		this.inbox.markRead(this.tenantId, user, first, Locale.SIMPLIFIED_CHINESE);
		this.inbox.markRead(this.tenantId, user, first, Locale.SIMPLIFIED_CHINESE);
		assertThat(this.notifications.unreadCount(this.tenantId, user)).isEqualTo(1);

		assertThat(this.inbox.markAllRead(this.tenantId, user)).isEqualTo(1);
		assertThat(this.notifications.unreadCount(this.tenantId, user)).isZero();
	}

	@Test
	void listsUnreadMessagesFirstThenNewestFirst() {
		long user = newRecipient();
		long oldest = this.notifications.notify(message(this.tenantId, user, "最早"));
		long middle = this.notifications.notify(message(this.tenantId, user, "其次"));
		long newest = this.notifications.notify(message(this.tenantId, user, "最新"));
		this.inbox.markRead(this.tenantId, user, newest, Locale.SIMPLIFIED_CHINESE);

		List<NotificationView> items = this.inbox
			.list(this.tenantId, user, false, PageRequest.of(0, 20), Locale.SIMPLIFIED_CHINESE)
			.items();

		assertThat(items).extracting(NotificationView::id).containsExactly(middle, oldest, newest);
		assertThat(this.inbox.list(this.tenantId, user, true, PageRequest.of(0, 20), Locale.SIMPLIFIED_CHINESE).items())
			.extracting(NotificationView::id)
			.containsExactly(middle, oldest);
	}

	@Test
	void rendersTheMessageInTheReadersLanguage() {
		long user = newRecipient();
		this.notifications.notify(message(this.tenantId, user, "消防演练"));

		assertThat(this.inbox.list(this.tenantId, user, false, PageRequest.of(0, 1), Locale.SIMPLIFIED_CHINESE)
			.items()
			.get(0)
			.text()).isEqualTo("提醒：消防演练");
		assertThat(
				this.inbox.list(this.tenantId, user, false, PageRequest.of(0, 1), Locale.ENGLISH).items().get(0).text())
			.isEqualTo("Reminder: 消防演练");
	}

	@Test
	void showsAKeyTheBundlesNoLongerKnowRatherThanFailing() {
		long user = newRecipient();
		this.notifications.notify(Notify.inApp(this.tenantId, user, "retired.module.key", List.of("A", "B"), null));

		assertThat(this.inbox.list(this.tenantId, user, false, PageRequest.of(0, 1), Locale.SIMPLIFIED_CHINESE)
			.items()
			.get(0)
			.text()).isEqualTo("retired.module.key A · B");
	}

	@Test
	void keepsNoMessageWhenTheSendersTransactionRollsBack() {
		long user = newRecipient();
		this.transactions.executeWithoutResult(status -> {
			this.notifications.notify(message(this.tenantId, user, "回滚"));
			status.setRollbackOnly();
		});

		assertThat(this.notifications.unreadCount(this.tenantId, user)).isZero();
	}

	@Test
	void deletesReadMessagesPastTheRetentionPeriodAndKeepsUnreadOnes() {
		long user = newRecipient();
		long read = this.notifications.notify(message(this.tenantId, user, "已读旧消息"));
		long unread = this.notifications.notify(message(this.tenantId, user, "未读旧消息"));
		this.inbox.markRead(this.tenantId, user, read, Locale.SIMPLIFIED_CHINESE);

		while (this.inbox.purgeReadBefore(Instant.now().plusSeconds(60), 1_000) > 0) {
			// in batches
		}

		assertThat(
				this.inbox.list(this.tenantId, user, false, PageRequest.of(0, 10), Locale.SIMPLIFIED_CHINESE).items())
			.extracting(NotificationView::id)
			.containsExactly(unread);
	}

	@Test
	void refusesToMarkAnotherUsersMessage() {
		long owner = newRecipient();
		long id = this.notifications.notify(message(this.tenantId, owner, "私信"));

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.inbox.markRead(this.tenantId, newRecipient(), id, Locale.SIMPLIFIED_CHINESE));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.inbox.open(this.tenantId + 1, owner, id));
		assertThat(this.notifications.unreadCount(this.tenantId, owner)).isEqualTo(1);
	}

}
