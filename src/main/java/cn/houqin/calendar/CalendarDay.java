package cn.houqin.calendar;

import java.time.LocalDate;

/**
 * One day of a tenant's calendar.
 *
 * @param date the day
 * @param workingDay whether it is a working day
 * @param kind what the day is
 * @param name the holiday's or make-up day's name, {@code null} for plain days
 * @param missingYear whether no published calendar covers the day's year, so the answer
 * is the Mon–Fri fallback
 */
public record CalendarDay(LocalDate date, boolean workingDay, DayKind kind, String name, boolean missingYear) {

}
