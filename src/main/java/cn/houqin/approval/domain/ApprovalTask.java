package cn.houqin.approval.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * One step of an approval's route for one round (审批环节): who must act, and what they
 * decided, when, with which comment; for a collective step also the meeting. Changed only
 * through its {@link Approval}.
 */
@Entity
@Table(name = "apr_task")
@Audited("approval.task")
class ApprovalTask extends Aggregate<ApprovalTask> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "approval_id")
	private Approval approval;

	private int round;

	private int position;

	@Column(name = "role_code")
	private String roleCode;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "assignee_user_id")
	private long assigneeUserId;

	private boolean committee;

	@Column(name = "note_key")
	private String noteKey;

	@Column(name = "note_args")
	private String noteArgument;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "acted_at")
	private Instant actedAt;

	@Column(name = "acted_by_user_id")
	private Long actedByUserId;

	private String comment;

	@Column(name = "meeting_date")
	private LocalDate meetingDate;

	@Column(name = "minutes_ref")
	private String minutesRef;

	protected ApprovalTask() {
	}

	ApprovalTask(Approval approval, int round, int position, PlannedStep step) {
		super(approval.getTenantId());
		this.approval = approval;
		this.round = round;
		this.position = position;
		this.roleCode = step.roleCode();
		this.unitId = step.unitId();
		this.assigneeUserId = step.assigneeUserId();
		this.committee = step.committee();
		this.noteKey = step.noteKey();
		this.noteArgument = step.noteArgument();
		this.status = TaskStatus.WAITING;
	}

	void open(Instant now) {
		this.status = TaskStatus.OPEN;
		this.openedAt = now;
	}

	void decide(TaskStatus outcome, long actorUserId, Action action, Instant now) {
		this.status = outcome;
		this.actedByUserId = actorUserId;
		this.actedAt = now;
		this.comment = action.comment() == null || action.comment().isBlank() ? null : action.comment().trim();
		if (this.committee) {
			this.meetingDate = action.meetingDate();
			this.minutesRef = action.minutesRef() == null ? null : action.minutesRef().trim();
		}
	}

	void cancel() {
		this.status = TaskStatus.CANCELLED;
	}

	Approval getApproval() {
		return this.approval;
	}

	int getRound() {
		return this.round;
	}

	int getPosition() {
		return this.position;
	}

	String getRoleCode() {
		return this.roleCode;
	}

	long getUnitId() {
		return this.unitId;
	}

	long getAssigneeUserId() {
		return this.assigneeUserId;
	}

	boolean isCommittee() {
		return this.committee;
	}

	String getNoteKey() {
		return this.noteKey;
	}

	String getNoteArgument() {
		return this.noteArgument;
	}

	TaskStatus getStatus() {
		return this.status;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	Instant getActedAt() {
		return this.actedAt;
	}

	Long getActedByUserId() {
		return this.actedByUserId;
	}

	String getComment() {
		return this.comment;
	}

	LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	String getMinutesRef() {
		return this.minutesRef;
	}

}
