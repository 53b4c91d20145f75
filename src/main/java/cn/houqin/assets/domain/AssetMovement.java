package cn.houqin.assets.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A custody movement of one asset (领用、调拨、借出、归还、移位、交接、退库): asked for by one side,
 * confirmed (or refused) by the receiving side, and kept as the card's history.
 */
@Entity
@Table(name = "ast_movement")
@Audited("assets.movement")
class AssetMovement extends Aggregate<AssetMovement> {

	@Column(name = "asset_id")
	private long assetId;

	@Enumerated(EnumType.STRING)
	private AssetMovementKind kind;

	@Enumerated(EnumType.STRING)
	private MovementState state;

	@Column(name = "from_staff_id")
	private Long fromStaffId;

	@Column(name = "to_staff_id")
	private Long toStaffId;

	@Column(name = "from_unit_id")
	private Long fromUnitId;

	@Column(name = "to_unit_id")
	private Long toUnitId;

	@Column(name = "from_location")
	private String fromLocation;

	@Column(name = "to_location")
	private String toLocation;

	@Column(name = "due_on")
	private LocalDate dueOn;

	private String note;

	@Column(name = "requested_by_user_id")
	private long requestedByUserId;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_by_user_id")
	private Long decidedByUserId;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected AssetMovement() {
	}

	AssetMovement(long tenantId, Asset asset, AssetMovementKind kind, Long toStaffId, Long toUnitId, String toLocation,
			LocalDate dueOn, String note, long requestedByUserId) {
		super(tenantId);
		this.assetId = asset.getId();
		this.kind = kind;
		this.state = MovementState.PENDING;
		this.fromStaffId = asset.getCustodianStaffId();
		this.fromUnitId = asset.getUnitId();
		this.fromLocation = asset.getLocation();
		this.toStaffId = toStaffId;
		this.toUnitId = toUnitId;
		this.toLocation = toLocation == null || toLocation.isBlank() ? null : toLocation.trim();
		this.dueOn = dueOn;
		this.note = note == null || note.isBlank() ? null : note.trim();
		this.requestedByUserId = requestedByUserId;
		this.requestedAt = Instant.now();
	}

	void decide(MovementState outcome, long userId) {
		if (this.state != MovementState.PENDING) {
			throw new BusinessRuleException("assets.error.movementDecided");
		}
		this.state = outcome;
		this.decidedByUserId = userId;
		this.decidedAt = Instant.now();
	}

	/**
	 * Whether the receiving side must be the named person (else anyone who manages assets
	 * for the unit confirms: a move of location, a return to the store).
	 */
	boolean receiverIsPerson() {
		return this.toStaffId != null && this.kind != AssetMovementKind.RETURN;
	}

	long getAssetId() {
		return this.assetId;
	}

	AssetMovementKind getKind() {
		return this.kind;
	}

	MovementState getState() {
		return this.state;
	}

	Long getFromStaffId() {
		return this.fromStaffId;
	}

	Long getToStaffId() {
		return this.toStaffId;
	}

	Long getFromUnitId() {
		return this.fromUnitId;
	}

	Long getToUnitId() {
		return this.toUnitId;
	}

	String getFromLocation() {
		return this.fromLocation;
	}

	String getToLocation() {
		return this.toLocation;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	String getNote() {
		return this.note;
	}

	long getRequestedByUserId() {
		return this.requestedByUserId;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Long getDecidedByUserId() {
		return this.decidedByUserId;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
