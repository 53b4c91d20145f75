package cn.houqin.conduct.domain;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.conduct.ConductLevelReached;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.Notify;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;

/**
 * 篇2 第二十条: reaching a level notifies the person's department head, who holds the talk or
 * passes the case on.
 */
@Component
class LevelNotices {

	private final NotificationApi notifications;

	private final AccessApi access;

	private final OrgApi org;

	LevelNotices(NotificationApi notifications, AccessApi access, OrgApi org) {
		this.notifications = notifications;
		this.access = access;
		this.org = org;
	}

	@ApplicationModuleListener
	void on(ConductLevelReached event) {
		if (event.level().compareTo(event.previous()) <= 0) {
			return;
		}
		StaffSummary staff = this.org.staff(event.tenantId(), event.staffId()).orElse(null);
		if (staff == null) {
			return;
		}
		List<String> args = List.of(staff.name(), event.level().name());
		for (UserSummary head : this.access.holders(event.tenantId(), "dept-head", staff.unitId())) {
			this.notifications
				.notify(Notify.inApp(event.tenantId(), head.id(), "conduct.notify.level", args, "/conduct/tasks"));
		}
	}

}
