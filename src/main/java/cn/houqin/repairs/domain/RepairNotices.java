package cn.houqin.repairs.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.access.UserSummary;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.Notify;

/**
 * Messages of the repair flow: a new report to the dispatchers, a job to its technician,
 * a finished repair to its reporter, breaches to dispatchers and technician, incidents to
 * the named leaders.
 */
@Component
class RepairNotices {

	static final String[] DISPATCHERS = { "logistics", "logistics-head" };

	static final String[] LEADERS = { "unit-head", "logistics-head", "committee" };

	private final NotificationApi notifications;

	private final Responsibles responsibles;

	RepairNotices(NotificationApi notifications, Responsibles responsibles) {
		this.notifications = notifications;
		this.responsibles = responsibles;
	}

	Responsibles responsibles() {
		return this.responsibles;
	}

	void reported(WorkOrder order) {
		for (UserSummary user : this.responsibles.holders(order.getTenantId(), order.getUnitId(), "logistics")) {
			send(order, user.id(), "repairs.notify.reported", order.getOrderNo(), order.getLocation());
		}
	}

	void assigned(WorkOrder order) {
		send(order, order.getAssigneeUserId(), "repairs.notify.assigned", order.getOrderNo(), order.getLocation());
	}

	void done(WorkOrder order) {
		send(order, order.getReporterUserId(), "repairs.notify.done", order.getOrderNo(), order.getLocation());
	}

	void reopened(WorkOrder order) {
		if (order.getAssigneeUserId() != null) {
			send(order, order.getAssigneeUserId(), "repairs.notify.reopened", order.getOrderNo(), order.getLocation());
		}
	}

	void breached(WorkOrder order) {
		for (UserSummary user : this.responsibles.holders(order.getTenantId(), order.getUnitId(), DISPATCHERS)) {
			send(order, user.id(), "repairs.notify.breached", order.getOrderNo(), order.getLocation());
		}
		if (order.getAssigneeUserId() != null) {
			send(order, order.getAssigneeUserId(), "repairs.notify.breached", order.getOrderNo(), order.getLocation());
		}
	}

	/** 篇7 偶发性问题: the named leaders are told at once. */
	List<Long> incident(long tenantId, long unitId, long incidentId, String title, String location) {
		List<UserSummary> leaders = this.responsibles.holders(tenantId, unitId, LEADERS);
		for (UserSummary leader : leaders) {
			this.notifications.notify(Notify.withEmail(tenantId, leader.id(), "repairs.notify.incident",
					List.of(title, location), "/repairs/incidents/" + incidentId));
		}
		return leaders.stream().map(UserSummary::id).toList();
	}

	private void send(WorkOrder order, Long userId, String key, String... args) {
		if (userId != null && userId != 0L) {
			this.notifications.notify(Notify.inApp(order.getTenantId(), userId, key, List.of(args),
					"/repairs/work-orders/" + order.getId()));
		}
	}

}
