package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * AssetDamage through misuse (篇8 第八条: 直接责任人应负赔偿责任): the responsible person, what
 * happened, the compensation decided, and whether it was paid.
 */
@Entity
@Table(name = "ast_damage")
@Audited("assets.damage")
class AssetDamage extends Aggregate<AssetDamage> {

	@Column(name = "asset_id")
	private long assetId;

	@Column(name = "responsible_staff_id")
	private long responsibleStaffId;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	private String description;

	private BigDecimal compensation;

	private String decision;

	private boolean settled;

	@Column(name = "settled_on")
	private LocalDate settledOn;

	protected AssetDamage() {
	}

	AssetDamage(long tenantId, long assetId, long responsibleStaffId, LocalDate occurredOn, String description,
			BigDecimal compensation, String decision) {
		super(tenantId);
		if (description == null || description.isBlank()) {
			throw new BusinessRuleException("description", "assets.damage.error.description");
		}
		if (compensation == null || compensation.signum() < 0) {
			throw new BusinessRuleException("compensation", "assets.error.value");
		}
		if (occurredOn == null || occurredOn.isAfter(AssetService.today())) {
			throw new BusinessRuleException("occurredOn", "assets.damage.error.occurredOn");
		}
		this.assetId = assetId;
		this.responsibleStaffId = responsibleStaffId;
		this.occurredOn = occurredOn;
		this.description = description.trim();
		this.compensation = compensation.setScale(2, java.math.RoundingMode.HALF_UP);
		this.decision = decision == null || decision.isBlank() ? null : decision.trim();
	}

	void settle(LocalDate on) {
		if (this.settled) {
			throw new BusinessRuleException("assets.damage.error.settled");
		}
		this.settled = true;
		this.settledOn = on;
	}

	long getAssetId() {
		return this.assetId;
	}

	long getResponsibleStaffId() {
		return this.responsibleStaffId;
	}

	LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	String getDescription() {
		return this.description;
	}

	BigDecimal getCompensation() {
		return this.compensation;
	}

	String getDecision() {
		return this.decision;
	}

	boolean isSettled() {
		return this.settled;
	}

	LocalDate getSettledOn() {
		return this.settledOn;
	}

}
