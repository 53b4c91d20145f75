package cn.houqin.standards;

/**
 * How a rule's limit is compared with the actual value: a cap ({@code MAX_*}, at the
 * limit is within), a floor ({@code MIN_*}, at the limit is within), or a threshold that
 * is reached at the limit (采购限额、确认标准: "以上" includes the amount itself).
 */
public enum RuleKind {

	MAX_AMOUNT, MAX_ENGINE, MAX_QUANTITY, MAX_RATIO, MAX_AREA, MAX_CLASS, MIN_YEARS, MIN_QUANTITY, THRESHOLD;

	/**
	 * Whether an actual value breaks a rule of this kind whose allowance is
	 * {@code limit}.
	 */
	public boolean breaks(java.math.BigDecimal actual, java.math.BigDecimal limit) {
		int comparison = actual.compareTo(limit);
		return switch (this) {
			case MIN_YEARS, MIN_QUANTITY -> comparison < 0;
			case THRESHOLD -> comparison >= 0;
			default -> comparison > 0;
		};
	}

}
