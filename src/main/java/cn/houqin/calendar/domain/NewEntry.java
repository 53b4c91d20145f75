package cn.houqin.calendar.domain;

import java.time.LocalDate;

import cn.houqin.calendar.DayKind;

/**
 * A calendar entry to add or the new values of one to change; {@code endsOn} may be
 * {@code null} for a single day.
 */
public record NewEntry(DayKind kind, String name, LocalDate startsOn, LocalDate endsOn) {

	public LocalDate lastDay() {
		return this.endsOn == null ? this.startsOn : this.endsOn;
	}

}
