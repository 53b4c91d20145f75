package cn.houqin.approval.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A general request (通用审批事项): title, amount, reason and the requester's unit — the
 * approval module's own small document, so that a route can be walked end to end before
 * any business module submits one.
 */
@Entity
@Table(name = "apr_general_request")
@Audited("approval.generalRequest")
class GeneralRequest extends Aggregate<GeneralRequest> {

	static final String TYPE = PolicyDefaults.GENERAL;

	private String title;

	private BigDecimal amount;

	private String reason;

	private String category;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "requester_user_id")
	private long requesterUserId;

	@Enumerated(EnumType.STRING)
	private GeneralStatus status;

	@Column(name = "approval_id")
	private Long approvalId;

	protected GeneralRequest() {
	}

	GeneralRequest(long tenantId, long requesterUserId, long unitId, GeneralDraft draft) {
		super(tenantId);
		this.requesterUserId = requesterUserId;
		this.unitId = unitId;
		this.status = GeneralStatus.IN_APPROVAL;
		apply(draft);
	}

	private void apply(GeneralDraft draft) {
		this.title = draft.title().trim();
		this.amount = draft.amount();
		this.reason = draft.reason().trim();
		this.category = draft.category() == null || draft.category().isBlank() ? null : draft.category().trim();
	}

	void submitted(long approvalId) {
		this.approvalId = approvalId;
	}

	/** The requester's corrections after a return; only a returned request may change. */
	void revise(GeneralDraft draft) {
		if (this.status != GeneralStatus.RETURNED) {
			throw new BusinessRuleException("approval.general.error.notReturned");
		}
		apply(draft);
		this.status = GeneralStatus.IN_APPROVAL;
	}

	void approvalReports(GeneralStatus outcome) {
		this.status = outcome;
	}

	String summary() {
		return this.title + "（" + this.amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "）";
	}

	String getTitle() {
		return this.title;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	String getReason() {
		return this.reason;
	}

	String getCategory() {
		return this.category;
	}

	long getUnitId() {
		return this.unitId;
	}

	long getRequesterUserId() {
		return this.requesterUserId;
	}

	GeneralStatus getStatus() {
		return this.status;
	}

	Long getApprovalId() {
		return this.approvalId;
	}

}
