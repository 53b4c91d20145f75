package cn.houqin.supplies.web;

import java.math.BigDecimal;

/**
 * The compensation decided for a damage record, and why.
 */
class DecisionForm {

	private BigDecimal compensation;

	private String decision;

	public BigDecimal getCompensation() {
		return this.compensation;
	}

	public void setCompensation(BigDecimal compensation) {
		this.compensation = compensation;
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

}
