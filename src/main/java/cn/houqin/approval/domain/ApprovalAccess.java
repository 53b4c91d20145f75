package cn.houqin.approval.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Who may see and who may act. An approval is seen by its requester, by everyone on its
 * route and their delegates, and by holders of the report permission whose scope reaches
 * its unit; a task is acted on by its assignee or, while a delegation runs, the delegate.
 */
@Component
class ApprovalAccess {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Delegations delegations;

	ApprovalAccess(Delegations delegations) {
		this.delegations = delegations;
	}

	/**
	 * The reader and everyone who delegated to them today: whose tasks they may act on.
	 */
	List<Long> actingFor(long tenantId, long userId) {
		List<Long> ids = new ArrayList<>();
		ids.add(userId);
		this.delegations.activeFor(tenantId, userId, today())
			.forEach(delegation -> ids.add(delegation.getDelegatorUserId()));
		return ids;
	}

	boolean canAct(Viewer viewer, ApprovalTask task) {
		return actingFor(viewer.tenantId(), viewer.userId()).contains(task.getAssigneeUserId());
	}

	boolean canSee(Viewer viewer, Approval approval) {
		if (approval.getTenantId() != viewer.tenantId()) {
			return false;
		}
		if (approval.getRequesterUserId() == viewer.userId() || viewer.reaches(approval.getUnitId())) {
			return true;
		}
		List<Long> actingFor = actingFor(viewer.tenantId(), viewer.userId());
		return approval.getTasks()
			.stream()
			.anyMatch(task -> actingFor.contains(task.getAssigneeUserId())
					|| (task.getActedByUserId() != null && task.getActedByUserId() == viewer.userId()));
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
