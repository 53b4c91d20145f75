package cn.houqin.standards.domain;

import java.util.List;

/**
 * The owners whose sets and rules a tenant sees: the national defaults and its own.
 */
final class Visibility {

	private Visibility() {
	}

	static List<Long> of(long tenantId) {
		return List.of(StandardSet.NATIONAL, tenantId);
	}

}
