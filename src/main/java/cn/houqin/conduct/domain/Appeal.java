package cn.houqin.conduct.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * An appeal (申诉) against one person's points, decided by the hospital leadership through
 * the approval inbox (篇2 第十九条).
 */
@Entity
@Table(name = "con_appeal")
@Audited("conduct.appeal")
class Appeal extends Aggregate<Appeal> {

	@Column(name = "record_id")
	private long recordId;

	@Column(name = "entry_id")
	private long entryId;

	@Column(name = "staff_id")
	private long staffId;

	private String reason;

	@Column(name = "filed_at")
	private Instant filedAt;

	@Column(name = "approval_id")
	private Long approvalId;

	@Enumerated(EnumType.STRING)
	private AppealStatus status;

	@Enumerated(EnumType.STRING)
	private AppealOutcome outcome;

	@Column(name = "new_points")
	private Integer newPoints;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected Appeal() {
	}

	Appeal(long tenantId, long recordId, long entryId, long staffId, String reason, Instant filedAt) {
		super(tenantId);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "conduct.error.reasonRequired");
		}
		this.recordId = recordId;
		this.entryId = entryId;
		this.staffId = staffId;
		this.reason = reason.trim();
		this.filedAt = filedAt;
		this.status = AppealStatus.OPEN;
	}

	void routedTo(long approvalId) {
		this.approvalId = approvalId;
	}

	void decide(AppealOutcome outcome, Integer newPoints, long by, Instant at) {
		if (this.status != AppealStatus.OPEN) {
			throw new BusinessRuleException("outcome", "conduct.error.appealDecided");
		}
		this.status = AppealStatus.DECIDED;
		this.outcome = outcome;
		this.newPoints = outcome == AppealOutcome.CHANGE ? newPoints : null;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	long getRecordId() {
		return this.recordId;
	}

	long getEntryId() {
		return this.entryId;
	}

	long getStaffId() {
		return this.staffId;
	}

	String getReason() {
		return this.reason;
	}

	Instant getFiledAt() {
		return this.filedAt;
	}

	Long getApprovalId() {
		return this.approvalId;
	}

	AppealStatus getStatus() {
		return this.status;
	}

	AppealOutcome getOutcome() {
		return this.outcome;
	}

	Integer getNewPoints() {
		return this.newPoints;
	}

	Long getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
