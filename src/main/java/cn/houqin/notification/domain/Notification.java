package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.jpa.Aggregate;

/**
 * A message in one user's inbox (站内消息). Only its key and arguments are stored, so the
 * reader sees it in their language. Not written to the audit trail: the inbox is itself
 * the record of what was sent to whom and when it was read, and auditing every message
 * and read mark would bury the changes the trail exists for.
 */
@Entity
@Table(name = "ntf_notification")
class Notification extends Aggregate<Notification> {

	@Column(name = "recipient_id")
	private long recipientId;

	@Column(name = "message_key")
	private String messageKey;

	@Convert(converter = MessageArgs.class)
	private List<String> args;

	private String link;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(long tenantId, long recipientId, String messageKey, List<String> args, String link) {
		super(tenantId);
		this.recipientId = recipientId;
		this.messageKey = messageKey;
		this.args = List.copyOf(args);
		this.link = link;
	}

	/** Marks the message read; reading it again keeps the first time. */
	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	long getRecipientId() {
		return this.recipientId;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	List<String> getArgs() {
		return this.args;
	}

	String getLink() {
		return this.link;
	}

	Instant getReadAt() {
		return this.readAt;
	}

	boolean isRead() {
		return this.readAt != null;
	}

}
