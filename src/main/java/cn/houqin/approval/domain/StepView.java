package cn.houqin.approval.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an approval's route as its history shows it; {@code onBehalfOfName} is set
 * when a delegate acted for the assignee ("X 代 Y").
 */
public record StepView(long taskId, int round, int position, String roleCode, String role, String unitName,
		String assigneeName, boolean committee, String noteKey, String noteArgument, TaskStatus status,
		Instant openedAt, Instant actedAt, String actedByName, String onBehalfOfName, String comment,
		LocalDate meetingDate, String minutesRef) {

	static StepView of(ApprovalTask task, Names.Lookup names) {
		Long actedBy = task.getActedByUserId();
		boolean delegated = actedBy != null && actedBy != task.getAssigneeUserId();
		return new StepView(task.getId(), task.getRound(), task.getPosition(), task.getRoleCode(),
				RoleLabel.constant(task.getRoleCode()), names.unit(task.getUnitId()),
				names.user(task.getAssigneeUserId()), task.isCommittee(), task.getNoteKey(), task.getNoteArgument(),
				task.getStatus(), task.getOpenedAt(), task.getActedAt(), names.user(actedBy),
				delegated ? names.user(task.getAssigneeUserId()) : null, task.getComment(), task.getMeetingDate(),
				task.getMinutesRef());
	}

}
