package cn.houqin.standards;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outcome of checking a value against one rule.
 *
 * @param ruleCode the rule's code
 * @param label what the rule limits, e.g. 机要通信用车购置价格
 * @param kind how the limit compares
 * @param limit the allowance that applied; for a ratio rule the number allowed for the
 * given basis (e.g. 4 companions for 11 guests)
 * @param unit the unit of limit and actual
 * @param actual the value checked
 * @param source the citation, e.g. 党政机关公务用车管理办法（中办发〔2017〕71号）
 * @param verify the value is a default taken from secondary sources (默认值，请按本地规定核对)
 * @param over the value breaks the standard: above a cap, below a minimum, or at or above
 * a threshold
 * @param local the rule is the tenant's own (a local document or an override)
 * @param effectiveFrom the day the applied rule version took effect
 */
public record Finding(String ruleCode, String label, RuleKind kind, BigDecimal limit, String unit, BigDecimal actual,
		String source, boolean verify, boolean over, boolean local, LocalDate effectiveFrom) {

}
