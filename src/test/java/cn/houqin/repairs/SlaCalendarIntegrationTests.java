package cn.houqin.repairs;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.SlaBook;
import cn.houqin.repairs.domain.SlaTerms;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA deadlines on the published 2026 calendar: weekends, holidays and 调休 Saturdays.
 */
@RepairsIntegrationTest
class SlaCalendarIntegrationTests {

	@Autowired
	SlaBook sla;

	@Autowired
	OrgApi org;

	private static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2026, month, day, hour, minute).atZone(WorkingClock.ZONE).toInstant();
	}

	private SlaTerms.Deadlines deadlines(Urgency urgency, Instant reportedAt) {
		return this.sla.deadlines(this.org.tenantIdByCode("demo").orElseThrow(), urgency, reportedAt);
	}

	@Test
	@DisplayName("一般：国庆假期不计，10-10 调休周六计入")
	void normalFixSkipsTheNationalDayHolidayAndCountsTheMakeUpSaturday() {
		SlaTerms.Deadlines d = deadlines(Urgency.NORMAL, at(9, 30, 10, 0));
		assertThat(d.respondBy()).isEqualTo(at(10, 8, 10, 0));
		assertThat(d.fixBy()).isEqualTo(at(10, 10, 10, 0));
	}

	@Test
	@DisplayName("周六报修的高优先级：从 9-20 调休周日上班开始计时")
	void highOnAWeekendStartsOnTheMakeUpSunday() {
		SlaTerms.Deadlines d = deadlines(Urgency.HIGH, at(9, 19, 10, 0));
		assertThat(d.respondBy()).isEqualTo(at(9, 20, 10, 0));
		assertThat(d.fixBy()).isEqualTo(at(9, 20, 18, 0));
	}

	@Test
	@DisplayName("元旦假期报修：1-4 调休上班日起算")
	void newYearHolidayReportStartsOnTheMakeUpDay() {
		SlaTerms.Deadlines d = deadlines(Urgency.HIGH, at(1, 2, 10, 0));
		assertThat(d.respondBy()).isEqualTo(at(1, 4, 10, 0));
		assertThat(d.fixBy()).isEqualTo(at(1, 4, 18, 0));
	}

	@Test
	@DisplayName("低：10 个工作日跨周末与中秋")
	void lowFixCountsTenWorkingDaysAcrossWeekendsAndMidAutumn() {
		// Mon 09-14 09:00; working days 09-14..18 (5), 09-20 Sun make-up (6), 09-21..24
		// (10)
		SlaTerms.Deadlines d = deadlines(Urgency.LOW, at(9, 14, 9, 0));
		assertThat(d.fixBy()).isEqualTo(at(9, 28, 9, 0));
	}

	@Test
	void urgentIgnoresTheCalendar() {
		SlaTerms.Deadlines d = deadlines(Urgency.URGENT, at(10, 1, 23, 50));
		assertThat(d.respondBy()).isEqualTo(at(10, 2, 0, 20));
		assertThat(d.fixBy()).isEqualTo(at(10, 2, 3, 50));
	}

}
