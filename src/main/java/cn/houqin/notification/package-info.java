/**
 * Notifications (消息通知): each user's in-app inbox, optional e-mail through an outbox, and
 * reminders that other modules schedule for a user at an instant.
 */
@ApplicationModule(displayName = "消息通知", allowedDependencies = "shared")
package cn.houqin.notification;

import org.springframework.modulith.ApplicationModule;
