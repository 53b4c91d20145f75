package cn.houqin.notification.domain;

/**
 * Where a reminder stands.
 */
public enum ReminderStatus {

	/** Waiting for its time. */
	PENDING,

	/** Delivered to the inbox. */
	DELIVERED,

	/** Withdrawn by the module that scheduled it before it was due. */
	CANCELLED

}
