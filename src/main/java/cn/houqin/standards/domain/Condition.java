package cn.houqin.standards.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * One qualifier of a rule: {@code vehicleType=机要通信用车}, {@code region!=西藏|青海|新疆}
 * ({@code |} separates alternatives), or a comparison on a number of the request such as
 * {@code guests>10}.
 */
record Condition(String key, Operator operator, String value) {

	/**
	 * The comparisons a condition may make; equality ones qualify, the others compare.
	 */
	enum Operator {

		LE("<="), GE(">="), NE("!="), LT("<"), GT(">"), EQ("=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		boolean qualifies() {
			return this == EQ || this == NE;
		}

	}

	static Condition parse(String text) {
		for (Operator operator : Operator.values()) {
			int at = text.indexOf(operator.symbol);
			if (at > 0) {
				String key = text.substring(0, at).trim();
				String value = text.substring(at + operator.symbol.length()).trim();
				if (key.matches("[A-Za-z][A-Za-z0-9]*") && !value.isEmpty()
						&& (operator.qualifies() || isNumber(value))) {
					return new Condition(key, operator, value);
				}
				break;
			}
		}
		throw new IllegalArgumentException("Not a condition: " + text);
	}

	/**
	 * Whether the request's context satisfies this condition. Qualifiers are skipped when
	 * the rule was named by its code; comparisons always need their number.
	 */
	boolean holds(Map<String, String> context, boolean checkQualifiers) {
		String given = context.get(this.key);
		return switch (this.operator) {
			case EQ -> !checkQualifiers || (given != null && alternatives().contains(given.trim()));
			case NE -> !checkQualifiers || given == null || !alternatives().contains(given.trim());
			default -> compare(number(context, this.key).compareTo(new BigDecimal(this.value)));
		};
	}

	private boolean compare(int comparison) {
		return switch (this.operator) {
			case LT -> comparison < 0;
			case LE -> comparison <= 0;
			case GT -> comparison > 0;
			default -> comparison >= 0;
		};
	}

	private java.util.List<String> alternatives() {
		return Arrays.stream(this.value.split("\\|")).map(String::trim).toList();
	}

	/** A number the request must supply in its context, e.g. {@code guests}. */
	static BigDecimal number(Map<String, String> context, String key) {
		String given = context.get(key);
		if (given == null || given.isBlank()) {
			throw new BusinessRuleException("context", "standards.check.error.contextMissing", key);
		}
		if (!isNumber(given.trim()) || given.trim().startsWith("-")) {
			throw new BusinessRuleException("context", "standards.check.error.contextNumber", key, given);
		}
		return new BigDecimal(given.trim());
	}

	private static boolean isNumber(String text) {
		return text.matches("-?\\d+(\\.\\d+)?");
	}

	@Override
	public String toString() {
		return this.key + this.operator.symbol + this.value;
	}

}
