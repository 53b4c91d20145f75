package cn.houqin.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A value to check against the standards in force on a date: either one rule by its code,
 * or every rule of a subject (and kind) whose qualifiers match the context.
 *
 * @param ruleCode the rule, e.g. {@code vehicle.price.confidential-comms}; or
 * {@code null}
 * @param subject the subject when no rule code is given
 * @param kind optional narrowing of a subject check, e.g. {@code MAX_AMOUNT}
 * @param actual the requested value (元, L, 人, 年, m² … in the rule's unit)
 * @param on the request's date; the rule version in force that day applies
 * @param context qualifiers and bases, e.g. {@code vehicleType=机要通信用车},
 * {@code guests=11}, {@code headcount=20}
 */
public record StandardCheck(String ruleCode, StandardSubject subject, RuleKind kind, BigDecimal actual, LocalDate on,
		Map<String, String> context) {

	public StandardCheck {
		context = context == null ? Map.of() : Map.copyOf(context);
	}

	public static StandardCheck forRule(String ruleCode, BigDecimal actual, LocalDate on, Map<String, String> context) {
		return new StandardCheck(ruleCode, null, null, actual, on, context);
	}

	public static StandardCheck forSubject(StandardSubject subject, RuleKind kind, BigDecimal actual, LocalDate on,
			Map<String, String> context) {
		return new StandardCheck(null, subject, kind, actual, on, context);
	}

	public boolean byRuleCode() {
		return this.ruleCode != null && !this.ruleCode.isBlank();
	}

}
