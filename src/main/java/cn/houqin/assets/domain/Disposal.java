package cn.houqin.assets.domain;

import java.math.BigDecimal;
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
 * A disposal request (资产处置申请): the assets, how and why, its approval, and its outcome
 * with any proceeds (which go to finance, 收支两条线).
 */
@Entity
@Table(name = "ast_disposal")
@Audited("assets.disposal")
class Disposal extends Aggregate<Disposal> {

	static final String TYPE = "ASSET_DISPOSAL";

	static final String BULK_TYPE = "ASSET_DISPOSAL_BULK";

	@Enumerated(EnumType.STRING)
	private DisposalMethod method;

	private String reason;

	private String appraisal;

	@Column(name = "early_reason")
	private String earlyReason;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "total_value")
	private BigDecimal totalValue;

	private boolean bulk;

	@Column(name = "authority_required")
	private boolean authorityRequired;

	@Column(name = "authority_ref")
	private String authorityRef;

	@Enumerated(EnumType.STRING)
	private DisposalStatus status;

	@Column(name = "approval_id")
	private Long approvalId;

	@Column(name = "requester_user_id")
	private long requesterUserId;

	private BigDecimal proceeds;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ast_disposal_item", joinColumns = @JoinColumn(name = "disposal_id"))
	@OrderColumn(name = "position")
	private List<DisposalItem> items = new ArrayList<>();

	protected Disposal() {
	}

	Disposal(long tenantId, long requesterUserId, long unitId, DisposalMethod method, String reason, String appraisal,
			String earlyReason, List<DisposalItem> items, boolean bulk, boolean authorityRequired) {
		super(tenantId);
		this.requesterUserId = requesterUserId;
		this.unitId = unitId;
		this.method = method;
		this.reason = reason.trim();
		this.appraisal = appraisal == null || appraisal.isBlank() ? null : appraisal.trim();
		this.earlyReason = earlyReason == null || earlyReason.isBlank() ? null : earlyReason.trim();
		this.items = new ArrayList<>(items);
		this.totalValue = items.stream()
			.map(DisposalItem::getOriginalValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2);
		this.bulk = bulk;
		this.authorityRequired = authorityRequired;
		this.status = DisposalStatus.IN_APPROVAL;
	}

	String documentType() {
		return this.bulk ? BULK_TYPE : TYPE;
	}

	void submitted(long approvalId) {
		this.approvalId = approvalId;
	}

	void approvalReports(DisposalStatus outcome) {
		if (this.status == DisposalStatus.IN_APPROVAL) {
			this.status = outcome;
		}
	}

	/**
	 * Records the outcome: refused unless approved, and without the 主管部门/财政 approval
	 * reference when the value needs one.
	 */
	void complete(String authorityRef, BigDecimal proceeds, LocalDate on) {
		if (this.status != DisposalStatus.APPROVED) {
			throw new BusinessRuleException("assets.disposal.error.notApproved");
		}
		String ref = authorityRef == null || authorityRef.isBlank() ? null : authorityRef.trim();
		if (this.authorityRequired && ref == null) {
			throw new BusinessRuleException("authorityRef", "assets.disposal.error.authorityRef");
		}
		if (proceeds != null && proceeds.signum() < 0) {
			throw new BusinessRuleException("proceeds", "assets.error.value");
		}
		if (on == null) {
			throw new BusinessRuleException("completedOn", "assets.disposal.error.completedOn");
		}
		this.authorityRef = ref;
		this.proceeds = proceeds == null ? null : proceeds.setScale(2, java.math.RoundingMode.HALF_UP);
		this.completedOn = on;
		this.status = DisposalStatus.COMPLETED;
	}

	DisposalMethod getMethod() {
		return this.method;
	}

	String getReason() {
		return this.reason;
	}

	String getAppraisal() {
		return this.appraisal;
	}

	String getEarlyReason() {
		return this.earlyReason;
	}

	long getUnitId() {
		return this.unitId;
	}

	BigDecimal getTotalValue() {
		return this.totalValue;
	}

	boolean isBulk() {
		return this.bulk;
	}

	boolean isAuthorityRequired() {
		return this.authorityRequired;
	}

	String getAuthorityRef() {
		return this.authorityRef;
	}

	DisposalStatus getStatus() {
		return this.status;
	}

	Long getApprovalId() {
		return this.approvalId;
	}

	long getRequesterUserId() {
		return this.requesterUserId;
	}

	BigDecimal getProceeds() {
		return this.proceeds;
	}

	LocalDate getCompletedOn() {
		return this.completedOn;
	}

	List<DisposalItem> getItems() {
		return List.copyOf(this.items);
	}

}
