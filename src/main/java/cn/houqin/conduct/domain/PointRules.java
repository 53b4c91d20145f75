package cn.houqin.conduct.domain;

import cn.houqin.conduct.ConductPolicy;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * 篇2 第六条: one occurrence scores one of the policy's values, by default 12, 6, 4, 2 or 1
 * points.
 */
final class PointRules {

	private PointRules() {
	}

	static int allowed(ConductPolicy policy, String field, int points) {
		if (!policy.allows(points)) {
			throw new BusinessRuleException(field, "conduct.error.pointsNotAllowed", points);
		}
		return points;
	}

	/**
	 * 篇2 第十五条: each person by their share of responsibility, at most the offence's value.
	 */
	static int forOffence(ConductPolicy policy, String field, int points, int offenceValue) {
		allowed(policy, field, points);
		if (points > offenceValue) {
			throw new BusinessRuleException(field, "conduct.error.pointsAboveOffence", points, offenceValue);
		}
		return points;
	}

}
