package cn.houqin.calendar.domain;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import cn.houqin.calendar.CalendarFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the arithmetic over dates from mid-2024 to mid-2027: years with data
 * (2025, 2026) and without (2024, 2027) and the turns of the year between them.
 */
class WorkingDaysProperties {

	private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);

	@Property(tries = 500)
	void countingBackGivesTheNumberAdded(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 80) int n) {
		WorkingDays calendar = CalendarFixtures.national();
		LocalDate result = calendar.addWorkingDays(from, n);
		assertThat(calendar.between(from, result)).isEqualTo(n);
		assertThat(calendar.between(result, from)).isEqualTo(-n);
	}

	@Property(tries = 500)
	void theNthWorkingDayIsAWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 80) int n) {
		WorkingDays calendar = CalendarFixtures.national();
		LocalDate result = calendar.addWorkingDays(from, n);
		assertThat(calendar.isWorkingDay(result)).isTrue();
		assertThat(calendar.day(result).workingDay()).isTrue();
		assertThat(result).isAfter(from);
	}

	@Property(tries = 500)
	void oneMoreWorkingDayIsTheNextWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 80) int n) {
		WorkingDays calendar = CalendarFixtures.national();
		LocalDate nth = calendar.addWorkingDays(from, n);
		LocalDate next = calendar.addWorkingDays(from, n + 1);
		assertThat(next).isAfter(nth);
		assertThat(calendar.between(nth, next)).isEqualTo(1);
		for (LocalDate day = nth.plusDays(1); day.isBefore(next); day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
	}

	@Property(tries = 300)
	void countsAddUpOverAnyMiddleDay(@ForAll("dates") LocalDate a, @ForAll @IntRange(max = 200) int toMiddle,
			@ForAll @IntRange(max = 200) int toEnd) {
		WorkingDays calendar = CalendarFixtures.national();
		LocalDate b = a.plusDays(toMiddle);
		LocalDate c = b.plusDays(toEnd);
		assertThat(calendar.between(a, b) + calendar.between(b, c)).isEqualTo(calendar.between(a, c));
	}

	@Property(tries = 300)
	void workingDayFlagFollowsTheKind(@ForAll("dates") LocalDate day) {
		WorkingDays calendar = CalendarFixtures.national();
		assertThat(calendar.day(day).workingDay()).isEqualTo(calendar.day(day).kind().working())
			.isEqualTo(calendar.isWorkingDay(day));
		assertThat(calendar.day(day).missingYear()).isEqualTo(day.getYear() != 2025 && day.getYear() != 2026);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 3 * 365).map(FIRST::plusDays);
	}

}
