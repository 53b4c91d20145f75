package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleTests {

	@Test
	@DisplayName("篇2 第十三条: the default cycle is the calendar year")
	void defaultCycleIsTheCalendarYear() {
		Cycle cycle = Cycle.containing(MonthDay.of(1, 1), LocalDate.of(2026, 11, 26));
		assertThat(cycle).isEqualTo(new Cycle(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
	}

	@Test
	void theLastDayOfACycleBelongsToItAndNotToTheNext() {
		MonthDay validation = MonthDay.of(7, 1);
		Cycle last = Cycle.containing(validation, LocalDate.of(2026, 6, 30));
		Cycle next = Cycle.containing(validation, LocalDate.of(2026, 7, 1));
		assertThat(last).isEqualTo(new Cycle(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));
		assertThat(next.contains(LocalDate.of(2026, 6, 30))).isFalse();
		assertThat(next.start()).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void aValidationDateOnTheTwentyNinthOfFebruaryFallsBackInCommonYears() {
		Cycle cycle = Cycle.containing(MonthDay.of(2, 29), LocalDate.of(2026, 3, 1));
		assertThat(cycle.start()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(cycle.end()).isEqualTo(LocalDate.of(2027, 2, 27));
	}

}
