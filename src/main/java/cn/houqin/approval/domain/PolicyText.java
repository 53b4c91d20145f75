package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * A policy's rules in one line for the audit trail, e.g.
 * {@code ≤1000.00: logistics-head | >1000.00 ≤5000.00: logistics-head → unit-head}.
 */
final class PolicyText {

	private PolicyText() {
	}

	static String of(PolicyRules rules) {
		String tiers = rules.tiers().stream().map(PolicyText::tier).collect(Collectors.joining(" | "));
		return (rules.deptLeaderFirst() ? PolicyRules.DEPT_LEADER_ROLE + " first; " : "") + tiers;
	}

	private static String tier(PolicyTier tier) {
		String range = (tier.lower() == null ? "" : ">" + plain(tier.lower()) + " ")
				+ (tier.upper() == null ? "" : "≤" + plain(tier.upper()));
		String steps = tier.steps()
			.stream()
			.map(step -> step.roleCode() + (step.committee() ? "(committee)" : "")
					+ (step.source() == StepSource.NEAREST_ANCESTOR_WITH_HOLDER ? ""
							: "@" + step.source() + (step.fixedUnitId() == null ? "" : ":" + step.fixedUnitId())))
			.collect(Collectors.joining(" → "));
		return range.trim() + ": " + steps;
	}

	private static String plain(BigDecimal amount) {
		return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
