package cn.houqin.approval.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.PendingWork;

/**
 * The count of "待我审批" in the layout, delegated tasks included.
 */
@Component
class InboxPendingWork implements PendingWork {

	private final ApprovalQueries queries;

	InboxPendingWork(ApprovalQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<PendingItem> pendingFor(CurrentUser user) {
		if (!user.can("approval.task.act")) {
			return List.of();
		}
		return List.of(new PendingItem("approval.pending.inbox",
				this.queries.inboxCount(user.tenantId(), user.userId()), "/approval/inbox"));
	}

}
