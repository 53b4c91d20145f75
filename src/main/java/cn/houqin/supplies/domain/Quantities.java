package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/** Quantities shown without trailing zeros. */
final class Quantities {

	static final BigDecimal ZERO = BigDecimal.ZERO;

	private Quantities() {
	}

	/** Refuses a missing, zero or negative quantity, naming the field. */
	static void requirePositive(BigDecimal value, String field) {
		if (value == null || value.signum() <= 0) {
			throw new cn.houqin.shared.web.BusinessRuleException(field, "supplies.error.positive");
		}
	}

	static BigDecimal of(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}

}
