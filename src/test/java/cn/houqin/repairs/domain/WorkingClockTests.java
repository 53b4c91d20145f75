package cn.houqin.repairs.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingClockTests {

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));

	private static final Set<LocalDate> MAKEUP = Set.of(LocalDate.of(2026, 10, 10));

	private final WorkingClock clock = new WorkingClock(WorkingHours.DEFAULT,
			day -> MAKEUP.contains(day) || (!HOLIDAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
					&& day.getDayOfWeek() != DayOfWeek.SUNDAY));

	private static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2026, month, day, hour, minute).atZone(WorkingClock.ZONE).toInstant();
	}

	@Test
	void countsOnlyTheWorkingHoursOfADay() {
		assertThat(this.clock.plusWorkingMinutes(at(9, 16, 11, 0), 120)).isEqualTo(at(9, 16, 15, 0));
	}

	@Test
	void startsAReportMadeAtNightAtTheNextMorning() {
		assertThat(this.clock.plusWorkingMinutes(at(9, 16, 21, 0), 60)).isEqualTo(at(9, 17, 9, 0));
	}

	@Test
	@DisplayName("一个工作日从周五下午跨过周末到周一同一时刻")
	void carriesAWorkingDayAcrossTheWeekend() {
		assertThat(this.clock.plusWorkingMinutes(at(9, 18, 16, 0), 480)).isEqualTo(at(9, 21, 16, 0));
	}

	@Test
	@DisplayName("节假日不计，调休周六计入")
	void skipsHolidaysAndCountsMakeUpSaturdays() {
		// Wed 09-30 10:00 + 2 working days: 10-01/02 holidays, 10-03/04 weekend, Mon
		// 10-05 …
		assertThat(this.clock.plusWorkingMinutes(at(9, 30, 10, 0), 960)).isEqualTo(at(10, 6, 10, 0));
		// Fri 10-09 10:00 + 1 working day lands on the make-up Saturday 10-10
		assertThat(this.clock.plusWorkingMinutes(at(10, 9, 10, 0), 480)).isEqualTo(at(10, 10, 10, 0));
	}

	@Test
	void neverEndsInTheLunchBreak() {
		assertThat(this.clock.plusWorkingMinutes(at(9, 16, 12, 30), 30)).isEqualTo(at(9, 16, 14, 30));
		assertThat(this.clock.plusWorkingMinutes(at(9, 16, 8, 0), 240)).isEqualTo(at(9, 16, 12, 0));
	}

	@Test
	@DisplayName("紧急按自然时间计：30 分钟响应、4 小时修复，夜间也一样")
	void urgentRunsOnTheClock() {
		SlaTerms urgent = new SlaTerms(Urgency.URGENT, 30, true, 240, true);
		SlaTerms.Deadlines deadlines = urgent.deadlines(at(9, 19, 23, 0), this.clock);
		assertThat(deadlines.respondBy()).isEqualTo(at(9, 19, 23, 30));
		assertThat(deadlines.fixBy()).isEqualTo(at(9, 20, 3, 0));
	}

}
