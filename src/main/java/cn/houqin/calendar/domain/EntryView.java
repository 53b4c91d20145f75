package cn.houqin.calendar.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.houqin.calendar.DayKind;

/**
 * A calendar entry as pages show it.
 *
 * @param id the tenant's entry id, {@code null} for a national entry
 * @param version the entry's version (0 for a national entry)
 * @param national whether it belongs to the national data, read-only
 */
public record EntryView(Long id, long version, DayKind kind, String name, LocalDate startsOn, LocalDate endsOn,
		boolean national) {

	static EntryView of(CalendarEntry entry) {
		return new EntryView(entry.getId(), entry.getVersion(), entry.getKind(), entry.getName(), entry.getStartsOn(),
				entry.getEndsOn(), false);
	}

	static EntryView of(NationalEntry entry) {
		return new EntryView(null, 0, entry.getKind(), entry.getName(), entry.getStartsOn(), entry.getEndsOn(), true);
	}

	/** The number of days the entry covers. */
	public long days() {
		return ChronoUnit.DAYS.between(this.startsOn, this.endsOn) + 1;
	}

}
