package cn.houqin.calendar.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.houqin.calendar.DayKind;

/**
 * One year of a tenant's calendar as the arithmetic needs it: the days that differ from
 * the Mon–Fri default, and whether a published calendar backs the year.
 *
 * @param year the calendar year
 * @param hasData whether a published calendar (national or the tenant's own) covers it
 * @param marked the marked days by date
 */
public record YearDays(int year, boolean hasData, Map<LocalDate, Mark> marked) {

	public YearDays {
		marked = Map.copyOf(marked);
	}

	/** A year without any data: Mon–Fri working days. */
	public static YearDays missing(int year) {
		return new YearDays(year, false, Map.of());
	}

	/** Expands spans to days; later spans win where two cover the same day. */
	public static YearDays of(int year, boolean hasData, Collection<Span> spans) {
		Map<LocalDate, Mark> days = new HashMap<>();
		for (Span span : spans) {
			for (LocalDate day = span.startsOn(); !day.isAfter(span.endsOn()); day = day.plusDays(1)) {
				if (day.getYear() == year) {
					days.put(day, new Mark(span.kind(), span.name()));
				}
			}
		}
		return new YearDays(year, hasData, days);
	}

	/** What the calendar says about a day of this year. */
	public Mark mark(LocalDate day) {
		return this.marked.get(day);
	}

	/** A marked day's kind and name. */
	public record Mark(DayKind kind, String name) {

	}

	/** Consecutive days of one kind and name, e.g. 春节 02-15 … 02-23. */
	public record Span(DayKind kind, String name, LocalDate startsOn, LocalDate endsOn) {

	}

}
