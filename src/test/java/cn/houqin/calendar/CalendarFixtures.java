package cn.houqin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.houqin.calendar.domain.WorkingDays;
import cn.houqin.calendar.domain.YearDays;
import cn.houqin.calendar.domain.YearDays.Span;

/**
 * The national calendar of 2025 and 2026 as the migration ships it
 * (shared/reference/holidays-cn.md), for tests without a database.
 */
public final class CalendarFixtures {

	private static final Map<Integer, List<Span>> NATIONAL = Map.of(2025,
			List.of(holiday("元旦", "2025-01-01", "2025-01-01"), holiday("春节", "2025-01-28", "2025-02-04"),
					makeup("春节调休上班", "2025-01-26"), makeup("春节调休上班", "2025-02-08"),
					holiday("清明节", "2025-04-04", "2025-04-06"), holiday("劳动节", "2025-05-01", "2025-05-05"),
					makeup("劳动节调休上班", "2025-04-27"), holiday("端午节", "2025-05-31", "2025-06-02"),
					holiday("国庆节、中秋节", "2025-10-01", "2025-10-08"), makeup("国庆节、中秋节调休上班", "2025-09-28"),
					makeup("国庆节、中秋节调休上班", "2025-10-11")),
			2026,
			List.of(holiday("元旦", "2026-01-01", "2026-01-03"), makeup("元旦调休上班", "2026-01-04"),
					holiday("春节", "2026-02-15", "2026-02-23"), makeup("春节调休上班", "2026-02-14"),
					makeup("春节调休上班", "2026-02-28"), holiday("清明节", "2026-04-04", "2026-04-06"),
					holiday("劳动节", "2026-05-01", "2026-05-05"), makeup("劳动节调休上班", "2026-05-09"),
					holiday("端午节", "2026-06-19", "2026-06-21"), holiday("中秋节", "2026-09-25", "2026-09-27"),
					holiday("国庆节", "2026-10-01", "2026-10-07"), makeup("国庆节调休上班", "2026-09-20"),
					makeup("国庆节调休上班", "2026-10-10")));

	private CalendarFixtures() {
	}

	/** 2025 and 2026 as published; every other year missing (Mon–Fri). */
	public static WorkingDays national() {
		return new WorkingDays(CalendarFixtures::nationalYear);
	}

	public static YearDays nationalYear(int year) {
		List<Span> spans = NATIONAL.get(year);
		return (spans != null) ? YearDays.of(year, true, spans) : YearDays.missing(year);
	}

	public static Span holiday(String name, String first, String last) {
		return new Span(DayKind.HOLIDAY, name, LocalDate.parse(first), LocalDate.parse(last));
	}

	public static Span makeup(String name, String day) {
		return new Span(DayKind.MAKEUP_WORKDAY, name, LocalDate.parse(day), LocalDate.parse(day));
	}

}
