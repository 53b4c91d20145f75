package cn.houqin.calendar.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.calendar.CalendarFixtures;
import cn.houqin.calendar.DayKind;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EntryRulesTests {

	private final YearDays year2026 = CalendarFixtures.nationalYear(2026);

	@Test
	@DisplayName("调休上班日必须是周六或周日")
	void refusesAMakeUpDayOnAWeekday() {
		refused(new NewEntry(DayKind.MAKEUP_WORKDAY, "调休", date("2026-03-04"), null), "startsOn",
				"calendar.entry.error.makeupOnWeekday");
		assertThatCode(() -> EntryRules.check(new NewEntry(DayKind.MAKEUP_WORKDAY, "调休", date("2026-03-07"), null),
				this.year2026))
			.doesNotThrowAnyException();
	}

	@Test
	@DisplayName("节假日结束日期不能早于开始日期，也不能跨年")
	void refusesBackwardAndCrossYearRanges() {
		refused(new NewEntry(DayKind.HOLIDAY, "假期", date("2026-07-10"), date("2026-07-09")), "endsOn",
				"calendar.entry.error.endBeforeStart");
		refused(new NewEntry(DayKind.HOLIDAY, "元旦", date("2026-12-31"), date("2027-01-01")), "endsOn",
				"calendar.entry.error.acrossYears");
		refused(new NewEntry(DayKind.HOLIDAY, "长假", date("2026-07-01"), date("2026-08-01")), "endsOn",
				"calendar.entry.error.tooLong");
	}

	@Test
	@DisplayName("同一天不能重复录入")
	void refusesADayAlreadyMarked() {
		refused(new NewEntry(DayKind.LOCAL_DAY_OFF, "放假", date("2026-10-08"), date("2026-10-12")), "startsOn",
				"calendar.entry.error.taken");
	}

	@Test
	void refusesALocalDayOffOnAWeekendAndAnUnmarkedKind() {
		refused(new NewEntry(DayKind.LOCAL_DAY_OFF, "放假", date("2026-03-08"), null), "startsOn",
				"calendar.entry.error.localOnWeekend");
		refused(new NewEntry(DayKind.WEEKEND, "周末", date("2026-03-08"), null), "kind", "calendar.entry.error.kind");
		refused(new NewEntry(null, "无类型", date("2026-03-09"), null), "kind", "calendar.entry.error.kind");
	}

	private void refused(NewEntry entry, String field, String key) {
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> EntryRules.check(entry, this.year2026))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
