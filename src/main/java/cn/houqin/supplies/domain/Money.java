package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 元, scale 2. */
final class Money {

	static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private Money() {
	}

	static BigDecimal of(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
