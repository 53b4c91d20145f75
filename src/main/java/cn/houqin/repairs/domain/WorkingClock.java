package cn.houqin.repairs.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Adds working time to an instant: only the working hours of working days count, the days
 * coming from the calendar (weekends, holidays and 调休 Saturdays as published).
 */
public final class WorkingClock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_DAYS = 3_660;

	private final WorkingHours hours;

	private final Predicate<LocalDate> workingDay;

	public WorkingClock(WorkingHours hours, Predicate<LocalDate> workingDay) {
		this.hours = hours;
		this.workingDay = workingDay;
	}

	/** The instant after {@code minutes} of working time from {@code start}. */
	public Instant plusWorkingMinutes(Instant start, long minutes) {
		ZonedDateTime now = start.atZone(ZONE);
		long left = minutes;
		LocalDate day = now.toLocalDate();
		LocalTime time = now.toLocalTime();
		for (int i = 0; i < MAX_DAYS; i++) {
			if (this.workingDay.test(day)) {
				for (LocalTime[] period : periods()) {
					LocalTime from = time.isAfter(period[0]) ? time : period[0];
					if (!from.isBefore(period[1])) {
						continue;
					}
					long available = Duration.between(from, period[1]).toMinutes();
					if (left <= available) {
						return day.atTime(from.plusMinutes(left)).atZone(ZONE).toInstant();
					}
					left -= available;
				}
			}
			day = day.plusDays(1);
			time = LocalTime.MIN;
		}
		throw new IllegalStateException("No working time within ten years of " + start);
	}

	private LocalTime[][] periods() {
		return new LocalTime[][] { { this.hours.morningStart(), this.hours.morningEnd() },
				{ this.hours.afternoonStart(), this.hours.afternoonEnd() } };
	}

}
