package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.notification.Notify;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A reminder (提醒) for a user at an instant, delivered once as a notification when due.
 * Delivery claims it with a guarded update, so that two nodes never deliver it twice.
 */
@Entity
@Table(name = "ntf_reminder")
@Audited("notification.reminder")
class Reminder extends Aggregate<Reminder> {

	@Column(name = "user_id")
	private long userId;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "message_key")
	private String messageKey;

	@Convert(converter = MessageArgs.class)
	private List<String> args;

	private String link;

	private boolean email;

	@Enumerated(EnumType.STRING)
	private ReminderStatus status = ReminderStatus.PENDING;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	protected Reminder() {
	}

	Reminder(Notify message, Instant dueAt) {
		super(message.tenantId());
		this.userId = message.recipientUserId();
		this.dueAt = dueAt;
		this.messageKey = message.messageKey();
		this.args = message.args();
		this.link = message.link();
		this.email = message.email();
	}

	/** Withdraws a reminder not delivered yet; answers whether it was pending. */
	boolean cancel() {
		if (this.status != ReminderStatus.PENDING) {
			return false;
		}
		this.status = ReminderStatus.CANCELLED;
		return true;
	}

	Notify message() {
		return new Notify(getTenantId(), this.userId, this.messageKey, this.args, this.link, this.email);
	}

	long getUserId() {
		return this.userId;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	ReminderStatus getStatus() {
		return this.status;
	}

	Instant getDeliveredAt() {
		return this.deliveredAt;
	}

}
