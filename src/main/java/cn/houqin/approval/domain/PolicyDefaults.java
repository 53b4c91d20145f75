package cn.houqin.approval.domain;

import java.util.ArrayList;
import java.util.TreeMap;

import cn.houqin.approval.DefaultPolicy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The seed's default policies, written for a tenant the first time it needs one.
 */
final class PolicyDefaults {

	static final String SUPPLY_PURCHASE = "SUPPLY_PURCHASE";

	static final String GENERAL = "GENERAL";

	private PolicyDefaults() {
	}

	/**
	 * 篇8 第五条: 1000元以下 后勤主管领导审批; 1000元以上、5000元以下 报乡长批示; 5000元以上10000元以下 乡长审核后党委会通过. Above
	 * 10,000 the unit may not buy on its own (政府采购, 篇1, 篇3 (二十)).
	 */
	static PolicyRules seedTiers() {
		PolicyStep logisticsHead = PolicyStep.nearest("logistics-head");
		PolicyStep unitHead = PolicyStep.nearest("unit-head");
		PolicyStep committee = PolicyStep.collective("committee");
		return new PolicyRules(
				List.of(new PolicyTier(null, amount(1_000), List.of(logisticsHead)),
						new PolicyTier(amount(1_000), amount(5_000), List.of(logisticsHead, unitHead)),
						new PolicyTier(amount(5_000), amount(10_000), List.of(logisticsHead, unitHead, committee))),
				false);
	}

	static Map<String, PolicyRules> all() {
		return Map.of(SUPPLY_PURCHASE, seedTiers(), GENERAL, seedTiers());
	}

	/** The seed's defaults and those other modules declare. */
	static Map<String, PolicyRules> all(List<DefaultPolicy> declared) {
		Map<String, PolicyRules> all = new TreeMap<>(all());
		for (DefaultPolicy policy : declared) {
			if (all.putIfAbsent(policy.documentType(), rules(policy)) != null) {
				throw new IllegalStateException("Two default policies for " + policy.documentType());
			}
		}
		return all;
	}

	static PolicyRules rules(DefaultPolicy policy) {
		List<PolicyTier> tiers = new ArrayList<>();
		BigDecimal lower = null;
		for (DefaultPolicy.Tier tier : policy.tiers()) {
			List<PolicyStep> steps = tier.steps()
				.stream()
				.map(step -> step.collective() ? PolicyStep.collective(step.roleCode())
						: PolicyStep.nearest(step.roleCode()))
				.toList();
			BigDecimal upper = tier.upTo() == null ? null : tier.upTo().setScale(2);
			tiers.add(new PolicyTier(lower, upper, steps));
			lower = upper;
		}
		PolicyRules rules = new PolicyRules(tiers, policy.deptLeaderFirst());
		rules.validate();
		return rules;
	}

	private static BigDecimal amount(long yuan) {
		return BigDecimal.valueOf(yuan).setScale(2);
	}

}
