package cn.houqin.notification.domain;

import java.time.Instant;

/**
 * A reminder's state.
 *
 * @param id the reminder
 * @param userId who is reminded
 * @param dueAt when
 * @param status pending, delivered or cancelled
 * @param deliveredAt when it reached the inbox
 */
public record ReminderView(long id, long userId, Instant dueAt, ReminderStatus status, Instant deliveredAt) {

}
