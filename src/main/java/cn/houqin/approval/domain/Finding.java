package cn.houqin.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import cn.houqin.approval.OverStandard;

/**
 * An over-standard finding (超标) kept with the approval.
 */
@Embeddable
class Finding {

	private String rule;

	@Column(name = "limit_value")
	private String limit;

	@Column(name = "actual_value")
	private String actual;

	private String source;

	protected Finding() {
	}

	Finding(OverStandard finding) {
		this.rule = finding.rule();
		this.limit = finding.limit();
		this.actual = finding.actual();
		this.source = finding.source();
	}

	OverStandard toOverStandard() {
		return new OverStandard(this.rule, this.limit, this.actual, this.source);
	}

}
