package cn.houqin.approval.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The amount range of a tier: above {@code lower} (exclusive, none for the first tier) up
 * to and including {@code upper} (none: no cap).
 */
@Embeddable
class TierBounds {

	@Column(name = "lower_bound")
	private BigDecimal lower;

	@Column(name = "upper_bound")
	private BigDecimal upper;

	protected TierBounds() {
	}

	TierBounds(BigDecimal lower, BigDecimal upper) {
		this.lower = lower;
		this.upper = upper;
	}

	BigDecimal lower() {
		return this.lower;
	}

	BigDecimal upper() {
		return this.upper;
	}

}
