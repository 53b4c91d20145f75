package cn.houqin.conduct.domain;

import java.util.Set;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * 篇2 第六条: one occurrence scores 12, 6, 4, 2 or 1 points.
 */
final class PointRules {

	static final Set<Integer> ALLOWED = Set.of(12, 6, 4, 2, 1);

	private PointRules() {
	}

	static int allowed(String field, int points) {
		if (!ALLOWED.contains(points)) {
			throw new BusinessRuleException(field, "conduct.error.pointsNotAllowed", points);
		}
		return points;
	}

	/**
	 * 篇2 第十五条: each person by their share of responsibility, at most the offence's value.
	 */
	static int forOffence(String field, int points, int offenceValue) {
		allowed(field, points);
		if (points > offenceValue) {
			throw new BusinessRuleException(field, "conduct.error.pointsAboveOffence", points, offenceValue);
		}
		return points;
	}

}
