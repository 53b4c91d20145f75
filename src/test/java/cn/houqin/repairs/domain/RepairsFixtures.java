package cn.houqin.repairs.domain;

import java.time.Instant;

/**
 * Work orders for plain domain tests.
 */
final class RepairsFixtures {

	static final Instant REPORTED = Instant.parse("2026-09-16T02:00:00Z");

	private RepairsFixtures() {
	}

	static WorkOrder workOrder(long reporterUserId) {
		NewReport report = new NewReport("门诊楼 3 层 302", null, Category.WATER, "水龙头漏水", false, false);
		SlaTerms.Deadlines deadlines = new SlaTerms.Deadlines(REPORTED.plusSeconds(8 * 3600),
				REPORTED.plusSeconds(72 * 3600));
		WorkOrder order = new WorkOrder(1L, "WX20260916-TEST01", 10L, reporterUserId, null, report, report.location(),
				Urgency.NORMAL, deadlines, REPORTED);
		org.springframework.test.util.ReflectionTestUtils.setField(order, "id", 42L);
		return order;
	}

}
