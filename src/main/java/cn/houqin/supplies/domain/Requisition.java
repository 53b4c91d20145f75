package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A requisition (领用单, 篇8 第七条): one purpose, one or more stocked items. Submitting it
 * reserves the quantities; the store keeper issues it; the recipient confirms receipt,
 * which is the register's signature (领取人签字).
 */
@Entity
@Table(name = "sup_requisition")
@Audited("supplies.requisition")
class Requisition extends Aggregate<Requisition> {

	static final String TYPE = "SUPPLY_REQUISITION";

	private long requesterUserId;

	private Long requesterStaffId;

	private String requesterName;

	@Column(name = "unit_id")
	private long unitId;

	private String purpose;

	private LocalDate requestedOn;

	@Enumerated(EnumType.STRING)
	private RequisitionStatus status;

	private Long issuedBy;

	private Instant issuedAt;

	private Instant confirmedAt;

	private Instant cancelledAt;

	private BigDecimal total;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sup_requisition_line", joinColumns = @JoinColumn(name = "requisition_id"))
	@OrderColumn(name = "position")
	private List<RequisitionLine> lines = new ArrayList<>();

	private Long approvalId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sup_requisition_breach", joinColumns = @JoinColumn(name = "requisition_id"))
	@OrderColumn(name = "position")
	private List<RequisitionBreach> breaches = new ArrayList<>();

	protected Requisition() {
	}

	Requisition(long tenantId, Requester requester, String purpose, LocalDate on, List<RequisitionLine> lines) {
		super(tenantId);
		this.requesterUserId = requester.userId();
		this.requesterStaffId = requester.staffId();
		this.requesterName = requester.name();
		this.unitId = requester.requireUnit();
		this.purpose = purpose;
		this.requestedOn = on;
		this.lines.addAll(lines);
		this.status = RequisitionStatus.SUBMITTED;
	}

	/**
	 * The requisition goes over a limit: it stays reserved but waits for approval before
	 * the keeper may issue it.
	 */
	void overLimits(List<RequisitionBreach> found) {
		require(RequisitionStatus.SUBMITTED, "supplies.requisition.error.notSubmitted");
		this.breaches.clear();
		this.breaches.addAll(found);
		this.status = RequisitionStatus.PENDING_APPROVAL;
	}

	void submittedForApproval(long approvalId) {
		this.approvalId = approvalId;
	}

	/**
	 * The approval's outcome: approved, it waits for the keeper; refused or returned, it
	 * is closed and its reservation must be released.
	 * @return whether the reservation is to be released
	 */
	boolean approvalReports(boolean approved) {
		if (this.status != RequisitionStatus.PENDING_APPROVAL) {
			return false;
		}
		if (approved) {
			this.status = RequisitionStatus.SUBMITTED;
			return false;
		}
		this.status = RequisitionStatus.REJECTED;
		this.cancelledAt = Instant.now();
		return true;
	}

	/** The keeper hands the goods out; costs come from the ledger line by line. */
	void issue(long keeperUserId, java.util.function.Function<RequisitionLine, BigDecimal> ledger, Instant at) {
		if (this.status == RequisitionStatus.PENDING_APPROVAL) {
			throw new BusinessRuleException("supplies.requisition.error.awaitingApproval");
		}
		require(RequisitionStatus.SUBMITTED, "supplies.requisition.error.notSubmitted");
		BigDecimal sum = BigDecimal.ZERO;
		for (RequisitionLine line : this.lines) {
			BigDecimal amount = ledger.apply(line);
			line.issued(amount);
			sum = sum.add(amount);
		}
		this.total = Money.of(sum);
		this.issuedBy = keeperUserId;
		this.issuedAt = at;
		this.status = RequisitionStatus.ISSUED;
	}

	/** The recipient signs for the goods (领取人签字); nobody can sign for them. */
	void confirmReceipt(long userId, Instant at) {
		if (userId != this.requesterUserId) {
			throw new BusinessRuleException("supplies.requisition.error.notRecipient");
		}
		require(RequisitionStatus.ISSUED, "supplies.requisition.error.notIssued");
		this.confirmedAt = at;
		this.status = RequisitionStatus.CONFIRMED;
	}

	void cancel() {
		require(RequisitionStatus.SUBMITTED, "supplies.requisition.error.notSubmitted");
		this.cancelledAt = Instant.now();
		this.status = RequisitionStatus.CANCELLED;
	}

	private void require(RequisitionStatus expected, String key) {
		if (this.status != expected) {
			throw new BusinessRuleException(key);
		}
	}

	String number() {
		return "LY" + String.format("%06d", getId());
	}

	long getRequesterUserId() {
		return this.requesterUserId;
	}

	Long getRequesterStaffId() {
		return this.requesterStaffId;
	}

	String getRequesterName() {
		return this.requesterName;
	}

	long getUnitId() {
		return this.unitId;
	}

	String getPurpose() {
		return this.purpose;
	}

	LocalDate getRequestedOn() {
		return this.requestedOn;
	}

	RequisitionStatus getStatus() {
		return this.status;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	BigDecimal getTotal() {
		return this.total;
	}

	List<RequisitionLine> getLines() {
		return List.copyOf(this.lines);
	}

	Long getApprovalId() {
		return this.approvalId;
	}

	List<RequisitionBreach> getBreaches() {
		return List.copyOf(this.breaches);
	}

}
