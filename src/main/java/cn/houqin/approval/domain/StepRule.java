package cn.houqin.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One step of a tier as stored: role code, where its holder is found, and whether it is a
 * collective decision (集体研究).
 */
@Embeddable
class StepRule {

	@Column(name = "tier_index")
	private int tierIndex;

	@Column(name = "role_code")
	private String roleCode;

	@Enumerated(EnumType.STRING)
	private StepSource source;

	@Column(name = "fixed_unit_id")
	private Long fixedUnitId;

	private boolean committee;

	protected StepRule() {
	}

	StepRule(int tierIndex, PolicyStep step) {
		this.tierIndex = tierIndex;
		this.roleCode = step.roleCode();
		this.source = step.source();
		this.fixedUnitId = step.fixedUnitId();
		this.committee = step.committee();
	}

	int tierIndex() {
		return this.tierIndex;
	}

	PolicyStep toStep() {
		return new PolicyStep(this.roleCode, this.source, this.fixedUnitId, this.committee);
	}

}
