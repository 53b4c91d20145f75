package cn.houqin.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.houqin.calendar.CalendarDay;
import cn.houqin.calendar.DayKind;
import cn.houqin.calendar.domain.WorkingDays;

/**
 * One month laid out in weeks from Monday to Sunday, as the calendar page draws it; blank
 * cells ({@code null}) pad the first and last week.
 */
record MonthGrid(YearMonth month, List<List<CalendarDay>> weeks) {

	static MonthGrid of(YearMonth month, WorkingDays calendar) {
		List<CalendarDay> cells = new ArrayList<>();
		int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < blanks; i++) {
			cells.add(null);
		}
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			cells.add(calendar.day(day));
		}
		while (cells.size() % 7 != 0) {
			cells.add(null);
		}
		List<List<CalendarDay>> weeks = new ArrayList<>();
		for (int i = 0; i < cells.size(); i += 7) {
			weeks.add(cells.subList(i, i + 7));
		}
		return new MonthGrid(month, weeks);
	}

	/** The Bootstrap classes of a day's cell. */
	public String cellClass(CalendarDay day) {
		if (day == null) {
			return "";
		}
		DayKind kind = day.kind();
		return switch (kind) {
			case HOLIDAY -> "bg-danger-subtle text-danger-emphasis fw-semibold";
			case LOCAL_DAY_OFF -> "bg-warning-subtle text-warning-emphasis fw-semibold";
			case MAKEUP_WORKDAY -> "bg-primary-subtle text-primary-emphasis fw-semibold";
			case WEEKEND -> "bg-body-tertiary text-secondary";
			case WORKDAY -> "";
		};
	}

}
