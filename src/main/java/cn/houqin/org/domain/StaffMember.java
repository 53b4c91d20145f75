package cn.houqin.org.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.org.HandoverCheck.HandoverItem;
import cn.houqin.org.MoveKind;
import cn.houqin.org.StaffDeparted;
import cn.houqin.org.StaffMoveStarted;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffTransferred;
import cn.houqin.shared.audit.AuditMasked;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A staff member (职工). The ID-card number is stored encrypted, with a blind index for
 * uniqueness and a masked copy for display. Transfer and departure go through a pending
 * move that completes only when no module reports open handover items (篇8 第八条).
 */
@Entity
@Table(name = "org_staff")
@Audited("org.staff")
class StaffMember extends Aggregate<StaffMember> {

	@Column(name = "employee_no")
	private String employeeNo;

	private String name;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	@AuditMasked
	@Column(name = "id_card_cipher")
	private String idCardCipher;

	@AuditMasked
	@Column(name = "id_card_index")
	private String idCardIndex;

	@Column(name = "id_card_masked")
	private String idCardMasked;

	private String mobile;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "position_id")
	private Long positionId;

	@Column(name = "rank_id")
	private Long rankId;

	@Enumerated(EnumType.STRING)
	private StaffCategory category;

	@Enumerated(EnumType.STRING)
	@Column(name = "employment_type")
	private EmploymentType employmentType;

	@Column(name = "hire_date")
	private LocalDate hireDate;

	@Enumerated(EnumType.STRING)
	private StaffStatus status = StaffStatus.ON_DUTY;

	@Column(name = "left_on")
	private LocalDate leftOn;

	@Embedded
	private PendingMove pendingMove;

	protected StaffMember() {
	}

	StaffMember(long tenantId, StaffDetails details, SealedIdCard idCard) {
		super(tenantId);
		this.employeeNo = details.employeeNo();
		update(details, idCard);
	}

	void update(StaffDetails details, SealedIdCard idCard) {
		requireOnDuty();
		this.name = details.name();
		this.gender = details.gender();
		this.mobile = details.mobile();
		if (this.pendingMove == null) {
			this.unitId = details.unitId();
		}
		this.positionId = details.positionId();
		this.rankId = details.rankId();
		this.category = details.category();
		this.employmentType = details.employmentType();
		this.hireDate = details.hireDate();
		if (idCard != null) {
			this.idCardCipher = idCard.cipher();
			this.idCardIndex = idCard.index();
			this.idCardMasked = idCard.masked();
		}
	}

	/** 调任: starts a transfer to another unit, completed after handover. */
	void startTransfer(long toUnitId, LocalDate effectiveDate, String reason) {
		requireOnDuty();
		requireNoPendingMove();
		if (toUnitId == this.unitId) {
			throw new BusinessRuleException("toUnitId", "org.staff.error.sameUnit");
		}
		this.pendingMove = new PendingMove(MoveKind.TRANSFER, toUnitId, null, effectiveDate, reason);
		registerEvent(new StaffMoveStarted(getTenantId(), getId(), MoveKind.TRANSFER, toUnitId, effectiveDate));
	}

	/** 离任: starts a departure (调离/离职/退休), completed after handover. */
	void startDeparture(StaffStatus exitStatus, LocalDate effectiveDate, String reason) {
		requireOnDuty();
		requireNoPendingMove();
		if (!exitStatus.isExit()) {
			throw new BusinessRuleException("exitStatus", "org.staff.error.exitStatus");
		}
		this.pendingMove = new PendingMove(MoveKind.DEPARTURE, null, exitStatus, effectiveDate, reason);
		registerEvent(new StaffMoveStarted(getTenantId(), getId(), MoveKind.DEPARTURE, null, effectiveDate));
	}

	boolean hasPendingDeparture() {
		return this.pendingMove != null && this.pendingMove.kind() == MoveKind.DEPARTURE;
	}

	/** Completes the pending move, refused while anything is still to be handed over. */
	void completeMove(List<HandoverItem> openItems) {
		if (this.pendingMove == null) {
			throw new BusinessRuleException("org.staff.error.noPendingMove");
		}
		if (!openItems.isEmpty()) {
			throw new BusinessRuleException("org.staff.error.handoverOpen", openItems.size());
		}
		PendingMove move = this.pendingMove;
		this.pendingMove = null;
		if (move.kind() == MoveKind.TRANSFER) {
			long from = this.unitId;
			this.unitId = move.toUnitId();
			registerEvent(new StaffTransferred(getTenantId(), getId(), from, this.unitId, move.effectiveDate()));
		}
		else {
			this.status = move.exitStatus();
			this.leftOn = move.effectiveDate();
			registerEvent(new StaffDeparted(getTenantId(), getId(), this.unitId, this.status, move.effectiveDate()));
		}
	}

	void cancelMove() {
		if (this.pendingMove == null) {
			throw new BusinessRuleException("org.staff.error.noPendingMove");
		}
		this.pendingMove = null;
	}

	private void requireOnDuty() {
		if (this.status != StaffStatus.ON_DUTY) {
			throw new BusinessRuleException("org.staff.error.notOnDuty");
		}
	}

	private void requireNoPendingMove() {
		if (this.pendingMove != null) {
			throw new BusinessRuleException("org.staff.error.movePending");
		}
	}

	public String getEmployeeNo() {
		return this.employeeNo;
	}

	public String getName() {
		return this.name;
	}

	public Gender getGender() {
		return this.gender;
	}

	String getIdCardCipher() {
		return this.idCardCipher;
	}

	public String getIdCardMasked() {
		return this.idCardMasked;
	}

	public String getMobile() {
		return this.mobile;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public Long getPositionId() {
		return this.positionId;
	}

	public Long getRankId() {
		return this.rankId;
	}

	public StaffCategory getCategory() {
		return this.category;
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	public LocalDate getHireDate() {
		return this.hireDate;
	}

	public StaffStatus getStatus() {
		return this.status;
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public PendingMove getPendingMove() {
		return this.pendingMove;
	}

}
