package cn.houqin.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.houqin.calendar.domain.CalendarService;

/**
 * What other modules may ask of the working-day calendar (工作日历): whether a day is a
 * working day, and deadlines counted in working days, e.g. 篇2 第十九条: an appeal within 3
 * 个工作日 of receiving the notice. A year without a published calendar falls back to
 * Mon–Fri; ask {@link #hasData} to warn about it.
 */
@Component
public class CalendarApi {

	/** Deadlines end at the close of a day in this zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final CalendarService calendar;

	CalendarApi(CalendarService calendar) {
		this.calendar = calendar;
	}

	public boolean isWorkingDay(long tenantId, LocalDate date) {
		return this.calendar.workingDays(tenantId).isWorkingDay(date);
	}

	public CalendarDay day(long tenantId, LocalDate date) {
		return this.calendar.workingDays(tenantId).day(date);
	}

	/**
	 * The {@code n}th working day after {@code from}. The day of receipt is day 0, so a
	 * document received on Thu 2026-09-24 with {@code n = 3} answers 2026-09-30
	 * (09-25…09-27 are 中秋 holidays); {@code n = 0} answers {@code from}.
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate addWorkingDays(long tenantId, LocalDate from, int n) {
		return this.calendar.workingDays(tenantId).addWorkingDays(from, n);
	}

	/**
	 * The end, 23:59:59 Asia/Shanghai, of the {@code n}th working day after the day of
	 * receipt: the end of the period within N working days after receiving.
	 */
	public ZonedDateTime deadline(long tenantId, LocalDate receivedOn, int n) {
		return addWorkingDays(tenantId, receivedOn, n).atTime(END_OF_DAY).atZone(ZONE);
	}

	/**
	 * The number of working days after {@code from} up to and including {@code to}: the
	 * first day is excluded and the last included, so {@code from} itself never counts
	 * and {@code workingDaysBetween(t, from, addWorkingDays(t, from, n)) == n}. Negative
	 * when {@code to} is before {@code from}; 0 when they are equal.
	 */
	public long workingDaysBetween(long tenantId, LocalDate from, LocalDate to) {
		return this.calendar.workingDays(tenantId).between(from, to);
	}

	/**
	 * The holiday under way on {@code date}, or else the next one, within about two
	 * years; empty if the calendar knows none.
	 */
	public Optional<HolidayPeriod> nextHoliday(long tenantId, LocalDate date) {
		return this.calendar.workingDays(tenantId).nextHoliday(date);
	}

	/** Whether a published calendar (national or the tenant's own) covers the year. */
	public boolean hasData(long tenantId, int year) {
		return this.calendar.workingDays(tenantId).hasData(year);
	}

}
