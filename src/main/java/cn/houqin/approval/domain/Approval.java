package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.ApprovalResubmitted;
import cn.houqin.approval.ApprovalReturned;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * An approval (审批单) of one module document: the route computed at submission, walked step
 * by step; approve moves on, reject ends it, return hands it back to the requester whose
 * resubmission restarts the route.
 */
@Entity
@Table(name = "apr_approval")
@Audited("approval.approval")
class Approval extends Aggregate<Approval> {

	static final String ALREADY_HANDLED = "approval.error.alreadyHandled";

	@Column(name = "document_type")
	private String documentType;

	@Column(name = "document_id")
	private long documentId;

	private BigDecimal amount;

	@Column(name = "unit_id")
	private long unitId;

	private String category;

	private String summary;

	@Column(name = "requester_user_id")
	private long requesterUserId;

	@Column(name = "policy_id")
	private long policyId;

	@Column(name = "policy_revision")
	private int policyRevision;

	@Enumerated(EnumType.STRING)
	private ApprovalStatus status;

	private int round;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	/** Changes with every action, so that two actions at once collide on the version. */
	@Column(name = "last_action_at")
	private Instant lastActionAt;

	@OneToMany(mappedBy = "approval", cascade = CascadeType.ALL)
	@OrderBy("round asc, position asc")
	private List<ApprovalTask> tasks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "apr_finding", joinColumns = @JoinColumn(name = "approval_id"))
	@OrderColumn(name = "position")
	private List<Finding> findings = new ArrayList<>();

	protected Approval() {
	}

	Approval(long tenantId, SubmitDocument document, ApprovalPolicy policy, List<PlannedStep> route, Instant now) {
		super(tenantId);
		this.documentType = document.documentType();
		this.documentId = document.documentId();
		this.amount = document.amount();
		this.unitId = document.unitId();
		this.category = document.category() == null || document.category().isBlank() ? null
				: document.category().trim();
		this.summary = document.summary();
		this.requesterUserId = document.requesterUserId();
		this.policyId = policy.getId();
		this.policyRevision = policy.getRevision();
		document.findings().forEach(finding -> this.findings.add(new Finding(finding)));
		this.submittedAt = now;
		startRound(route, now);
	}

	private void startRound(List<PlannedStep> route, Instant now) {
		if (route.isEmpty()) {
			throw new BusinessRuleException("approval.route.refused.empty");
		}
		this.round++;
		this.status = ApprovalStatus.IN_PROGRESS;
		this.lastActionAt = now;
		for (int i = 0; i < route.size(); i++) {
			this.tasks.add(new ApprovalTask(this, this.round, i + 1, route.get(i)));
		}
		currentRound().get(0).open(now);
	}

	/**
	 * The approver's decision on the open task. Refused when the task is no longer open —
	 * someone else handled it (已被他人处理).
	 */
	ApprovalTask act(long taskId, long actorUserId, Action action, Instant now) {
		ApprovalTask task = this.tasks.stream()
			.filter(t -> t.getId() != null && t.getId() == taskId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException(ALREADY_HANDLED));
		if (this.status != ApprovalStatus.IN_PROGRESS || task.getStatus() != TaskStatus.OPEN) {
			throw new BusinessRuleException(ALREADY_HANDLED);
		}
		check(action, task.isCommittee());
		this.lastActionAt = now;
		switch (action.decision()) {
			case APPROVE -> approve(task, actorUserId, action, now);
			case REJECT -> {
				task.decide(TaskStatus.REJECTED, actorUserId, action, now);
				end(ApprovalStatus.REJECTED, now);
				registerEvent(new ApprovalDecided(getTenantId(), getId(), this.documentType, this.documentId,
						ApprovalOutcome.REJECTED));
			}
			case RETURN -> {
				task.decide(TaskStatus.RETURNED, actorUserId, action, now);
				cancelWaiting();
				this.status = ApprovalStatus.RETURNED;
				registerEvent(new ApprovalReturned(getTenantId(), getId(), this.documentType, this.documentId,
						task.getComment()));
			}
		}
		return task;
	}

	private void approve(ApprovalTask task, long actorUserId, Action action, Instant now) {
		task.decide(TaskStatus.APPROVED, actorUserId, action, now);
		Optional<ApprovalTask> next = currentRound().stream()
			.filter(t -> t.getStatus() == TaskStatus.WAITING)
			.findFirst();
		if (next.isPresent()) {
			next.get().open(now);
			return;
		}
		end(ApprovalStatus.APPROVED, now);
		registerEvent(new ApprovalDecided(getTenantId(), getId(), this.documentType, this.documentId,
				ApprovalOutcome.APPROVED));
	}

	private static void check(Action action, boolean committee) {
		boolean blank = action.comment() == null || action.comment().isBlank();
		if (action.decision() != Decision.APPROVE && blank) {
			throw new BusinessRuleException("comment", "approval.error.reasonRequired");
		}
		if (!blank && action.comment().trim().length() > 2000) {
			throw new BusinessRuleException("comment", "approval.error.commentTooLong");
		}
		if (committee && action.decision() != Decision.RETURN) {
			if (action.meetingDate() == null) {
				throw new BusinessRuleException("meetingDate", "approval.error.meetingDate");
			}
			if (action.minutesRef() == null || action.minutesRef().isBlank()) {
				throw new BusinessRuleException("minutesRef", "approval.error.minutesRef");
			}
		}
	}

	/** The requester's corrected document goes round again, from the first step. */
	void resubmit(BigDecimal newAmount, String newSummary, List<PlannedStep> route, Instant now) {
		if (this.status != ApprovalStatus.RETURNED) {
			throw new BusinessRuleException("approval.error.notReturned");
		}
		this.amount = newAmount;
		this.summary = newSummary;
		startRound(route, now);
		registerEvent(new ApprovalResubmitted(getTenantId(), getId(), this.documentType, this.documentId, this.round));
	}

	private void end(ApprovalStatus outcome, Instant now) {
		cancelWaiting();
		this.status = outcome;
		this.decidedAt = now;
	}

	private void cancelWaiting() {
		currentRound().stream().filter(t -> t.getStatus() == TaskStatus.WAITING).forEach(ApprovalTask::cancel);
	}

	List<ApprovalTask> currentRound() {
		return this.tasks.stream().filter(t -> t.getRound() == this.round).toList();
	}

	Optional<ApprovalTask> openTask() {
		return this.tasks.stream().filter(t -> t.getStatus() == TaskStatus.OPEN).findFirst();
	}

	List<ApprovalTask> getTasks() {
		return this.tasks;
	}

	List<Finding> getFindings() {
		return this.findings;
	}

	String getDocumentType() {
		return this.documentType;
	}

	long getDocumentId() {
		return this.documentId;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	long getUnitId() {
		return this.unitId;
	}

	String getCategory() {
		return this.category;
	}

	String getSummary() {
		return this.summary;
	}

	long getRequesterUserId() {
		return this.requesterUserId;
	}

	long getPolicyId() {
		return this.policyId;
	}

	int getPolicyRevision() {
		return this.policyRevision;
	}

	ApprovalStatus getStatus() {
		return this.status;
	}

	int getRound() {
		return this.round;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
