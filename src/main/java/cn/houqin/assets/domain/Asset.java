package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.assets.AssetStatus;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * An asset card (资产卡片): what it is, what it cost, where it is, which unit owns it and who
 * answers for it (使用管理责任人). Custody changes only through confirmed movements; one
 * movement at a time may be pending.
 */
@Entity
@Table(name = "ast_asset")
@Audited("assets.asset")
class Asset extends Aggregate<Asset> {

	@Column(name = "asset_no")
	private String assetNo;

	private String name;

	@Column(name = "category_code")
	private String categoryCode;

	private String kind;

	private String model;

	@Column(name = "serial_no")
	private String serialNo;

	private String supplier;

	@Column(name = "purchase_date")
	private LocalDate purchaseDate;

	@Column(name = "original_value")
	private BigDecimal originalValue;

	@Column(name = "funding_source")
	private String fundingSource;

	private String location;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "custodian_staff_id")
	private Long custodianStaffId;

	@Enumerated(EnumType.STRING)
	private AssetStatus status;

	@Column(name = "disposed_on")
	private LocalDate disposedOn;

	@Column(name = "receipt_id")
	private Long receiptId;

	@Column(name = "pending_movement_id")
	private Long pendingMovementId;

	private String note;

	protected Asset() {
	}

	Asset(long tenantId, String assetNo, AssetDraft draft, String kind) {
		super(tenantId);
		this.assetNo = assetNo;
		this.name = draft.name().trim();
		this.categoryCode = draft.categoryCode();
		this.kind = kind;
		this.model = blankToNull(draft.model());
		this.serialNo = blankToNull(draft.serialNo());
		this.supplier = blankToNull(draft.supplier());
		this.purchaseDate = draft.purchaseDate();
		this.originalValue = draft.originalValue().setScale(2, java.math.RoundingMode.HALF_UP);
		this.fundingSource = blankToNull(draft.fundingSource());
		this.location = blankToNull(draft.location());
		this.unitId = draft.unitId();
		this.custodianStaffId = draft.custodianStaffId();
		this.status = draft.custodianStaffId() == null ? AssetStatus.IDLE : AssetStatus.IN_USE;
		this.receiptId = draft.receiptId();
	}

	/**
	 * A movement is asked for: refused while another is pending or the asset is leaving.
	 */
	void movementRequested(long movementId) {
		if (this.pendingMovementId != null) {
			throw new BusinessRuleException(null, "assets.error.movementPending", this.assetNo);
		}
		if (this.status == AssetStatus.PENDING_DISPOSAL || this.status == AssetStatus.DISPOSED) {
			throw new BusinessRuleException(null, "assets.error.notMovable", this.assetNo);
		}
		this.pendingMovementId = movementId;
	}

	/** The receiver confirmed: custody, unit, location and status follow the movement. */
	void movementConfirmed(AssetMovement movement) {
		requirePending(movement);
		this.pendingMovementId = null;
		switch (movement.getKind()) {
			case ASSIGN, TRANSFER, HANDOVER -> {
				this.custodianStaffId = movement.getToStaffId();
				if (movement.getToUnitId() != null) {
					this.unitId = movement.getToUnitId();
				}
				this.status = AssetStatus.IN_USE;
			}
			case STORE_RETURN -> {
				this.custodianStaffId = null;
				this.status = AssetStatus.IDLE;
			}
			case LEND -> this.status = AssetStatus.LENT;
			case RETURN -> this.status = this.custodianStaffId == null ? AssetStatus.IDLE : AssetStatus.IN_USE;
			case MOVE -> {
			}
		}
		if (movement.getToLocation() != null) {
			this.location = movement.getToLocation();
		}
	}

	/** The movement was refused or cancelled: nothing changes. */
	void movementDropped(AssetMovement movement) {
		requirePending(movement);
		this.pendingMovementId = null;
	}

	private void requirePending(AssetMovement movement) {
		if (this.pendingMovementId == null || !this.pendingMovementId.equals(movement.getId())) {
			throw new BusinessRuleException("assets.error.movementNotPending");
		}
	}

	/** A stocktake found it somewhere else; the posted result moves it there. */
	void foundAt(String location) {
		this.location = blankToNull(location);
	}

	void markForDisposal() {
		if (this.pendingMovementId != null) {
			throw new BusinessRuleException("assetIds", "assets.error.movementPending", this.assetNo);
		}
		if (this.status == AssetStatus.LENT || this.status == AssetStatus.PENDING_DISPOSAL
				|| this.status == AssetStatus.DISPOSED) {
			throw new BusinessRuleException("assetIds", "assets.error.notDisposable", this.assetNo);
		}
		this.status = AssetStatus.PENDING_DISPOSAL;
	}

	void disposalDropped() {
		if (this.status == AssetStatus.PENDING_DISPOSAL) {
			this.status = this.custodianStaffId == null ? AssetStatus.IDLE : AssetStatus.IN_USE;
		}
	}

	void disposed(LocalDate on) {
		this.status = AssetStatus.DISPOSED;
		this.disposedOn = on;
		this.custodianStaffId = null;
	}

	/** Marks it idle (闲置, offered for reallocation) or back in use, or under repair. */
	void changeStatus(AssetStatus next) {
		if (next != AssetStatus.IN_USE && next != AssetStatus.IDLE && next != AssetStatus.REPAIR) {
			throw new BusinessRuleException("status", "assets.error.statusChange");
		}
		if (this.status != AssetStatus.IN_USE && this.status != AssetStatus.IDLE && this.status != AssetStatus.REPAIR) {
			throw new BusinessRuleException("status", "assets.error.statusChange");
		}
		this.status = next;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	String getAssetNo() {
		return this.assetNo;
	}

	String getName() {
		return this.name;
	}

	String getCategoryCode() {
		return this.categoryCode;
	}

	String getKind() {
		return this.kind;
	}

	String getModel() {
		return this.model;
	}

	String getSerialNo() {
		return this.serialNo;
	}

	String getSupplier() {
		return this.supplier;
	}

	LocalDate getPurchaseDate() {
		return this.purchaseDate;
	}

	BigDecimal getOriginalValue() {
		return this.originalValue;
	}

	String getFundingSource() {
		return this.fundingSource;
	}

	String getLocation() {
		return this.location;
	}

	long getUnitId() {
		return this.unitId;
	}

	Long getCustodianStaffId() {
		return this.custodianStaffId;
	}

	AssetStatus getStatus() {
		return this.status;
	}

	LocalDate getDisposedOn() {
		return this.disposedOn;
	}

	Long getPendingMovementId() {
		return this.pendingMovementId;
	}

	Long getReceiptId() {
		return this.receiptId;
	}

}
