package cn.houqin.approval.domain;

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

	private static BigDecimal amount(long yuan) {
		return BigDecimal.valueOf(yuan).setScale(2);
	}

}
