package cn.houqin.standards.domain;

import java.math.RoundingMode;

/**
 * How a ratio rule turns its fractional allowance into whole people or devices:
 * {@code DOWN} never allows more than the fraction (50% of 5 staff → 2 laptops);
 * {@code UP} allows the next whole one (one third of 11 guests → 4 companions).
 */
public enum Rounding {

	DOWN(RoundingMode.FLOOR), UP(RoundingMode.CEILING);

	private final RoundingMode mode;

	Rounding(RoundingMode mode) {
		this.mode = mode;
	}

	RoundingMode mode() {
		return this.mode;
	}

}
