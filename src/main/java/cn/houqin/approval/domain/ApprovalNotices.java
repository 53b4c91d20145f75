package cn.houqin.approval.domain;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalReturned;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.Notify;

/**
 * Tells the requester in their inbox when an approval is decided or returned for changes.
 */
@Component
class ApprovalNotices {

	private final Approvals approvals;

	private final NotificationApi notifications;

	ApprovalNotices(Approvals approvals, NotificationApi notifications) {
		this.approvals = approvals;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(ApprovalDecided event) {
		tell(event.tenantId(), event.approvalId(), "approval.notice." + event.outcome().name());
	}

	@ApplicationModuleListener
	void on(ApprovalReturned event) {
		tell(event.tenantId(), event.approvalId(), "approval.notice.RETURNED");
	}

	private void tell(long tenantId, long approvalId, String key) {
		this.approvals.findByTenantIdAndId(tenantId, approvalId)
			.ifPresent(approval -> this.notifications.notify(new Notify(tenantId, approval.getRequesterUserId(), key,
					List.of(approval.getSummary()), "/approval/" + approvalId, false)));
	}

}
