package cn.houqin.conduct.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.Notify;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;

/**
 * 篇2 第五条: the person and their unit are informed at once (及时反馈给所属科室及个人).
 */
@Component
class ConductNotices {

	/** Roles whose holders in a unit may be the person named on a record. */
	private static final List<String> PERSON_ROLES = List.of("staff", "dept-head", "logistics", "logistics-head",
			"unit-head", "committee", "asset-keeper", "dispatcher", "driver", "technician", "conduct-office",
			"finance");

	private final NotificationApi notifications;

	private final AccessApi access;

	private final OrgApi org;

	ConductNotices(NotificationApi notifications, AccessApi access, OrgApi org) {
		this.notifications = notifications;
		this.access = access;
		this.org = org;
	}

	void issued(ConductRecord record, Entry entry) {
		String name = this.org.staff(record.getTenantId(), entry.getStaffId()).map(StaffSummary::name).orElse("");
		List<String> args = List.of(name, record.getOffence().getCode(), String.valueOf(entry.getPoints()));
		String link = "/conduct/records/" + record.getId();
		for (long userId : personUsers(record.getTenantId(), entry)) {
			this.notifications.notify(Notify.inApp(record.getTenantId(), userId, "conduct.notify.issued", args, link));
		}
		for (UserSummary head : this.access.holders(record.getTenantId(), "dept-head", entry.getUnitId())) {
			this.notifications
				.notify(Notify.inApp(record.getTenantId(), head.id(), "conduct.notify.unitIssued", args, link));
		}
	}

	void appealDecided(ConductRecord record, Entry entry, AppealOutcome outcome) {
		List<String> args = List.of(record.getOffence().getCode(), outcome.name(), String.valueOf(entry.getPoints()));
		String link = "/conduct/records/" + record.getId();
		for (long userId : personUsers(record.getTenantId(), entry)) {
			this.notifications
				.notify(Notify.inApp(record.getTenantId(), userId, "conduct.notify.appealDecided", args, link));
		}
	}

	private Set<Long> personUsers(long tenantId, Entry entry) {
		Set<Long> users = new LinkedHashSet<>();
		for (String role : PERSON_ROLES) {
			this.access.holders(tenantId, role, entry.getUnitId())
				.stream()
				.filter(u -> u.staffId() != null && u.staffId() == entry.getStaffId())
				.forEach(u -> users.add(u.id()));
		}
		return users;
	}

}
