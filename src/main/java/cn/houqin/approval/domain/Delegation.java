package cn.houqin.approval.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A delegation (委托代批): while the delegator is away, from the first to the last day
 * inclusive, the delegate may act on the delegator's tasks; the record says "X 代 Y".
 */
@Entity
@Table(name = "apr_delegation")
@Audited("approval.delegation")
class Delegation extends Aggregate<Delegation> {

	@Column(name = "delegator_user_id")
	private long delegatorUserId;

	@Column(name = "delegate_user_id")
	private long delegateUserId;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	private String reason;

	private boolean revoked;

	protected Delegation() {
	}

	Delegation(long tenantId, long delegatorUserId, long delegateUserId, LocalDate startDate, LocalDate endDate,
			String reason) {
		super(tenantId);
		this.delegatorUserId = delegatorUserId;
		this.delegateUserId = delegateUserId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.reason = reason;
	}

	void revoke() {
		this.revoked = true;
	}

	boolean activeOn(LocalDate day) {
		return !this.revoked && !day.isBefore(this.startDate) && !day.isAfter(this.endDate);
	}

	long getDelegatorUserId() {
		return this.delegatorUserId;
	}

	long getDelegateUserId() {
		return this.delegateUserId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	String getReason() {
		return this.reason;
	}

	boolean isRevoked() {
		return this.revoked;
	}

}
