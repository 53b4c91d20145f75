package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Damage through misuse (损坏赔偿记录, 篇8 第八条): what was damaged, by whom, the loss, and the
 * compensation decided for the directly responsible person.
 */
@Entity
@Table(name = "sup_damage")
@Audited("supplies.damage")
class Damage extends Aggregate<Damage> {

	private long responsibleStaffId;

	@Column(name = "unit_id")
	private long unitId;

	private String subject;

	private String description;

	private LocalDate damagedOn;

	private BigDecimal loss;

	private BigDecimal compensation;

	private String decision;

	private Long decidedBy;

	private Instant decidedAt;

	protected Damage() {
	}

	Damage(long tenantId, long responsibleStaffId, long unitId, String subject, String description, LocalDate damagedOn,
			BigDecimal loss) {
		super(tenantId);
		this.responsibleStaffId = responsibleStaffId;
		this.unitId = unitId;
		this.subject = subject;
		this.description = description;
		this.damagedOn = damagedOn;
		this.loss = Money.of(loss);
	}

	/** Decides the compensation, at most the loss; decided once. */
	void decide(BigDecimal compensation, String decision, long userId) {
		if (this.decidedAt != null) {
			throw new BusinessRuleException("supplies.damage.error.decided");
		}
		if (compensation == null || compensation.signum() < 0 || compensation.compareTo(this.loss) > 0) {
			throw new BusinessRuleException("compensation", "supplies.damage.error.compensation", this.loss);
		}
		this.compensation = Money.of(compensation);
		this.decision = decision;
		this.decidedBy = userId;
		this.decidedAt = Instant.now();
	}

	DamageView view(String responsibleName) {
		return new DamageView(getId(), this.responsibleStaffId, responsibleName, this.unitId, this.subject,
				this.description, this.damagedOn, this.loss, this.compensation, this.decision, this.decidedAt);
	}

	long getResponsibleStaffId() {
		return this.responsibleStaffId;
	}

	long getUnitId() {
		return this.unitId;
	}

}
