package cn.houqin.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.calendar.CalendarDay;
import cn.houqin.calendar.CalendarFixtures;
import cn.houqin.calendar.DayKind;
import cn.houqin.calendar.HolidayPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDaysTests {

	private final WorkingDays calendar = CalendarFixtures.national();

	@Test
	@DisplayName("篇2 第十九条: 2026-09-24 收到，3 个工作日后为 09-30（中秋放假三天不计）")
	void countsThreeWorkingDaysOverTheMidAutumnHoliday() {
		assertThat(this.calendar.addWorkingDays(date("2026-09-24"), 3)).isEqualTo(date("2026-09-30"));
		assertThat(this.calendar.between(date("2026-09-24"), date("2026-09-30"))).isEqualTo(3);
	}

	@Test
	void dayOfReceiptIsDayZero() {
		assertThat(this.calendar.addWorkingDays(date("2026-09-24"), 0)).isEqualTo(date("2026-09-24"));
		assertThat(this.calendar.addWorkingDays(date("2026-09-24"), 1)).isEqualTo(date("2026-09-28"));
		assertThat(this.calendar.between(date("2026-09-24"), date("2026-09-24"))).isZero();
	}

	@Test
	@DisplayName("春节 2026：02-15…02-23 放假，02-14（周六）和 02-28（周六）上班")
	void springFestival2026() {
		for (LocalDate day = date("2026-02-15"); !day.isAfter(date("2026-02-23")); day = day.plusDays(1)) {
			assertThat(this.calendar.day(day).kind()).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
			assertThat(this.calendar.isWorkingDay(day)).isFalse();
		}
		assertThat(this.calendar.day(date("2026-02-14")))
			.isEqualTo(new CalendarDay(date("2026-02-14"), true, DayKind.MAKEUP_WORKDAY, "春节调休上班", false));
		assertThat(this.calendar.isWorkingDay(date("2026-02-28"))).isTrue();
		// Fri 02-13 + 1 → Sat 02-14 (make-up); + 2 → Tue 02-24, the first day after the
		// holiday
		assertThat(this.calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
		assertThat(this.calendar.addWorkingDays(date("2026-02-13"), 2)).isEqualTo(date("2026-02-24"));
		// 02-24 … 02-28: Tue, Wed, Thu, Fri, Sat (make-up)
		assertThat(this.calendar.between(date("2026-02-23"), date("2026-03-01"))).isEqualTo(5);
	}

	@Test
	@DisplayName("国庆 2025：10-01…10-08 放假，09-28（周日）和 10-11（周六）上班")
	void nationalDay2025() {
		assertThat(this.calendar.day(date("2025-09-28")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
		assertThat(this.calendar.day(date("2025-10-08")).name()).isEqualTo("国庆节、中秋节");
		assertThat(this.calendar.addWorkingDays(date("2025-09-26"), 1)).isEqualTo(date("2025-09-28"));
		assertThat(this.calendar.addWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
		assertThat(this.calendar.addWorkingDays(date("2025-09-30"), 3)).isEqualTo(date("2025-10-11"));
		assertThat(this.calendar.addWorkingDays(date("2025-09-30"), 4)).isEqualTo(date("2025-10-13"));
	}

	@Test
	@DisplayName("国庆 2026：10-01…10-07 放假，09-20（周日）和 10-10（周六）上班")
	void nationalDay2026() {
		assertThat(this.calendar.day(date("2026-10-10")))
			.isEqualTo(new CalendarDay(date("2026-10-10"), true, DayKind.MAKEUP_WORKDAY, "国庆节调休上班", false));
		assertThat(this.calendar.isWorkingDay(date("2026-09-20"))).isTrue();
		assertThat(this.calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
		assertThat(this.calendar.addWorkingDays(date("2026-09-30"), 3)).isEqualTo(date("2026-10-10"));
		assertThat(this.calendar.between(date("2026-09-18"), date("2026-09-21"))).isEqualTo(2);
	}

	@Test
	void plainDaysAreWorkdaysOrWeekends() {
		assertThat(this.calendar.day(date("2026-03-02")))
			.isEqualTo(new CalendarDay(date("2026-03-02"), true, DayKind.WORKDAY, null, false));
		assertThat(this.calendar.day(date("2026-03-01")).kind()).isEqualTo(DayKind.WEEKEND);
	}

	@Test
	@DisplayName("缺少年度数据时按周一至周五计算，并提示缺失")
	void missingYearFallsBackToMondayToFridayAndSaysSo() {
		assertThat(this.calendar.hasData(2027)).isFalse();
		assertThat(this.calendar.hasData(2026)).isTrue();
		CalendarDay nationalDay = this.calendar.day(date("2027-10-01"));
		assertThat(nationalDay.kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(nationalDay.missingYear()).isTrue();
		assertThat(this.calendar.addWorkingDays(date("2027-09-30"), 1)).isEqualTo(date("2027-10-01"));
		// Thu 2026-12-31 + 2 → Fri 2027-01-01 (no data), Mon 2027-01-04
		assertThat(this.calendar.addWorkingDays(date("2026-12-31"), 2)).isEqualTo(date("2027-01-04"));
	}

	@Test
	void countsBackwardsAsNegative() {
		assertThat(this.calendar.between(date("2026-09-30"), date("2026-09-24"))).isEqualTo(-3);
	}

	@Test
	void refusesNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calendar.addWorkingDays(date("2026-01-05"), -1));
	}

	@Test
	void findsTheHolidayUnderWayOrTheNextOne() {
		assertThat(this.calendar.nextHoliday(date("2026-09-24")))
			.contains(new HolidayPeriod("中秋节", date("2026-09-25"), date("2026-09-27")));
		assertThat(this.calendar.nextHoliday(date("2026-02-20")))
			.contains(new HolidayPeriod("春节", date("2026-02-15"), date("2026-02-23")));
		assertThat(this.calendar.nextHoliday(date("2026-10-08"))).isEmpty();
	}

	@Test
	void laterSpansWinOnTheSameDay() {
		YearDays year = YearDays.of(2026, true, List.of(CalendarFixtures.holiday("国庆节", "2026-10-01", "2026-10-07"),
				new YearDays.Span(DayKind.LOCAL_DAY_OFF, "本单位放假", date("2026-10-02"), date("2026-10-02"))));
		assertThat(year.mark(date("2026-10-02")).kind()).isEqualTo(DayKind.LOCAL_DAY_OFF);
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
