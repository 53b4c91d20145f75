package cn.houqin.standards.domain;

import java.math.BigDecimal;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.RuleKind;

/**
 * Refuses rule terms that could not be checked against: a negative limit, a ratio rule
 * without its basis, or qualifiers that are not {@code key=value} / {@code key>number}.
 */
final class RuleTermsCheck {

	private RuleTermsCheck() {
	}

	static void require(RuleTerms terms) {
		if (terms.limit() == null || terms.limit().signum() < 0) {
			throw new BusinessRuleException("limit", "standards.rule.error.limit");
		}
		if (terms.effectiveFrom() == null) {
			throw new BusinessRuleException("effectiveFrom", "standards.rule.error.effectiveFrom");
		}
		if (terms.kind() == RuleKind.MAX_RATIO) {
			requireRatio(terms);
		}
		try {
			Conditions.parse(terms.conditions());
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("conditions", "standards.rule.error.conditions", terms.conditions());
		}
	}

	private static void requireRatio(RuleTerms terms) {
		if (terms.basis() == null || !terms.basis().matches("[A-Za-z][A-Za-z0-9]*")) {
			throw new BusinessRuleException("basis", "standards.rule.error.basis");
		}
		if (terms.per() == null || terms.per().compareTo(BigDecimal.ZERO) <= 0) {
			throw new BusinessRuleException("per", "standards.rule.error.per");
		}
		if (terms.rounding() == null) {
			throw new BusinessRuleException("rounding", "standards.rule.error.rounding");
		}
	}

}
