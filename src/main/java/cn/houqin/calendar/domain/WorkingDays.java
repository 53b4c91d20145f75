package cn.houqin.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntFunction;

import cn.houqin.calendar.CalendarDay;
import cn.houqin.calendar.DayKind;
import cn.houqin.calendar.HolidayPeriod;

/**
 * Working-day arithmetic over a tenant's calendar, one year of marked days at a time. A
 * year without data falls back to Mon–Fri. Not thread-safe: make one per use.
 */
public final class WorkingDays {

	/** How far {@link #nextHoliday} looks ahead. */
	static final int HOLIDAY_HORIZON_DAYS = 800;

	private final IntFunction<YearDays> years;

	private YearDays current;

	public WorkingDays(IntFunction<YearDays> years) {
		this.years = years;
	}

	public CalendarDay day(LocalDate date) {
		YearDays year = year(date.getYear());
		YearDays.Mark mark = year.mark(date);
		if (mark != null) {
			return new CalendarDay(date, mark.kind().working(), mark.kind(), mark.name(), !year.hasData());
		}
		DayKind kind = isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
		return new CalendarDay(date, kind.working(), kind, null, !year.hasData());
	}

	public boolean isWorkingDay(LocalDate date) {
		YearDays.Mark mark = year(date.getYear()).mark(date);
		return (mark != null) ? mark.kind().working() : !isWeekend(date);
	}

	/**
	 * The {@code n}th working day after {@code from}; {@code from} itself is day 0, so
	 * {@code n = 0} answers {@code from}.
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		LocalDate day = from;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * The number of working days {@code d} with {@code from < d <= to} (the first day
	 * excluded, the last included), negative when {@code to} is before {@code from}.
	 * Inverse of {@link #addWorkingDays}:
	 * {@code between(from, addWorkingDays(from, n)) == n}.
	 */
	public long between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -between(to, from);
		}
		long count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The holiday under way on {@code date} or the next one after it, within about two
	 * years; empty when the calendar knows none.
	 */
	public Optional<HolidayPeriod> nextHoliday(LocalDate date) {
		LocalDate last = date.plusDays(HOLIDAY_HORIZON_DAYS);
		for (LocalDate day = date; !day.isAfter(last); day = day.plusDays(1)) {
			YearDays.Mark mark = year(day.getYear()).mark(day);
			if (mark != null && mark.kind() == DayKind.HOLIDAY) {
				return Optional.of(period(day, mark.name()));
			}
		}
		return Optional.empty();
	}

	public boolean hasData(int year) {
		return year(year).hasData();
	}

	private HolidayPeriod period(LocalDate found, String name) {
		LocalDate first = found;
		while (isHoliday(first.minusDays(1), name)) {
			first = first.minusDays(1);
		}
		LocalDate last = found;
		while (isHoliday(last.plusDays(1), name)) {
			last = last.plusDays(1);
		}
		return new HolidayPeriod(name, first, last);
	}

	private boolean isHoliday(LocalDate date, String name) {
		YearDays.Mark mark = year(date.getYear()).mark(date);
		return mark != null && mark.kind() == DayKind.HOLIDAY && mark.name().equals(name);
	}

	private YearDays year(int year) {
		if (this.current == null || this.current.year() != year) {
			this.current = this.years.apply(year);
		}
		return this.current;
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek weekday = date.getDayOfWeek();
		return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
	}

}
