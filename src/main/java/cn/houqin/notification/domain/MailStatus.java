package cn.houqin.notification.domain;

/**
 * Where an e-mail of the outbox stands.
 */
public enum MailStatus {

	/** Waiting for its (next) attempt. */
	PENDING,

	/** Accepted by the mail server. */
	SENT,

	/** Given up after the last attempt, or refused as undeliverable. */
	FAILED

}
