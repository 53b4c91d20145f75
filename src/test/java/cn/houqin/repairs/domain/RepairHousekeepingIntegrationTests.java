package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.RepairsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled work on the published calendar: auto-confirmation after 3 working days
 * and breach flags.
 */
@RepairsIntegrationTest
@Transactional
class RepairHousekeepingIntegrationTests {

	@Autowired
	RepairHousekeeping housekeeping;

	@Autowired
	WorkOrders orders;

	@Autowired
	SlaBook sla;

	@Autowired
	OrgApi org;

	@Autowired
	AccessApi access;

	private static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(WorkingClock.ZONE).toInstant();
	}

	private WorkOrder doneAt(Instant fixed) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		long unit = this.org.unitByCode(tenantId, "HOSP-NK").orElseThrow().id();
		UserSummary nurse = this.access.holders(tenantId, "staff", unit).get(0);
		Instant reported = fixed.minusSeconds(3600);
		WorkOrder order = new WorkOrder(tenantId, WorkOrderService.orderNo(reported), unit, nurse.id(), null,
				new NewReport("测试楼 " + System.nanoTime(), null, Category.WATER, "漏水", false, false), "测试楼",
				Urgency.NORMAL, this.sla.deadlines(tenantId, Urgency.NORMAL, reported), reported);
		order.assign(99L, reported);
		order.complete(99L, BigDecimal.ONE, new BigDecimal("80.00"), null, fixed);
		return this.orders.saveAndFlush(order);
	}

	@Test
	@DisplayName("修复后 3 个工作日无人确认则自动确认：9-20 调休周日计入，节假日不计")
	void autoConfirmsAfterThreeWorkingDaysOfTheCalendar() {
		// fixed Fri 09-18; working days after: Sun 09-20 (调休), Mon 09-21, Tue 09-22
		WorkOrder order = doneAt(at(9, 18, 10));
		this.housekeeping.autoConfirm(at(9, 21, 20));
		assertThat(this.orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(WorkOrderStatus.DONE);
		this.housekeeping.autoConfirm(at(9, 22, 9));
		WorkOrder after = this.orders.findById(order.getId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(after.isAutoConfirmed()).isTrue();
	}

	@Test
	void flagsAnOpenWorkOrderPastItsDeadlines() {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		long unit = this.org.unitByCode(tenantId, "HOSP-NK").orElseThrow().id();
		UserSummary nurse = this.access.holders(tenantId, "staff", unit).get(0);
		Instant reported = at(3, 2, 9);
		WorkOrder order = this.orders.saveAndFlush(new WorkOrder(tenantId, WorkOrderService.orderNo(reported), unit,
				nurse.id(), null, new NewReport("测试楼 " + System.nanoTime(), null, Category.ELECTRIC, "停电", true, false),
				"测试楼", Urgency.URGENT, this.sla.deadlines(tenantId, Urgency.URGENT, reported), reported));
		assertThat(this.housekeeping.flagBreaches(reported.plusSeconds(31 * 60))).isGreaterThanOrEqualTo(1);
		WorkOrder flagged = this.orders.findById(order.getId()).orElseThrow();
		assertThat(flagged.isRespondBreached()).isTrue();
		assertThat(flagged.isFixBreached()).isFalse();
	}

}
