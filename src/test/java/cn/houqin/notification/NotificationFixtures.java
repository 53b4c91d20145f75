package cn.houqin.notification;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.shared.security.CurrentUser;

/**
 * Test data of the notification module: demo principals, and recipients of their own so
 * that counts do not depend on other tests.
 */
public final class NotificationFixtures {

	private static final AtomicLong RECIPIENTS = new AtomicLong(
			7_000_000_000L + (System.nanoTime() % 1_000_000L) * 1_000L);

	private final UserDirectory users;

	public NotificationFixtures(UserDirectory users) {
		this.users = users;
	}

	public CurrentUser demo(String username) {
		return this.users.loadUserByUsername(username);
	}

	public long tenantId() {
		return demo("demo-admin").tenantId();
	}

	/** A user id no other test sends to (the inbox does not require an account). */
	public static long newRecipient() {
		return RECIPIENTS.incrementAndGet();
	}

	public static Notify message(long tenantId, long userId, String text) {
		return Notify.inApp(tenantId, userId, "notification.reminder.generic", List.of(text), null);
	}

}
