package cn.houqin.calendar.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.houqin.calendar.DayKind;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * What a calendar entry must satisfy: a range inside one year, no day already marked, a
 * make-up working day only on a weekend, a local day off only on a weekday.
 */
final class EntryRules {

	/** The longest entry: the longest national holidays are 8 or 9 days. */
	static final int MAX_DAYS = 31;

	private EntryRules() {
	}

	/**
	 * Refuses the entry, naming the field, when it breaks a rule.
	 * @param others the year's other entries
	 */
	static void check(NewEntry entry, YearDays others) {
		LocalDate first = entry.startsOn();
		LocalDate last = entry.lastDay();
		if (entry.kind() == null || !entry.kind().marked()) {
			throw new BusinessRuleException("kind", "calendar.entry.error.kind");
		}
		if (last.isBefore(first)) {
			throw new BusinessRuleException("endsOn", "calendar.entry.error.endBeforeStart");
		}
		if (last.getYear() != first.getYear()) {
			throw new BusinessRuleException("endsOn", "calendar.entry.error.acrossYears");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new BusinessRuleException("endsOn", "calendar.entry.error.tooLong", MAX_DAYS);
		}
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			checkDay(entry.kind(), day, others);
		}
	}

	private static void checkDay(DayKind kind, LocalDate day, YearDays others) {
		YearDays.Mark taken = others.mark(day);
		if (taken != null) {
			throw new BusinessRuleException("startsOn", "calendar.entry.error.taken", day.toString(), taken.name());
		}
		boolean weekend = WorkingDays.isWeekend(day);
		if (kind == DayKind.MAKEUP_WORKDAY && !weekend) {
			// 调休上班 moves a weekend day into the week: only a Saturday or Sunday can be
			// one
			throw new BusinessRuleException("startsOn", "calendar.entry.error.makeupOnWeekday", day.toString());
		}
		if (kind == DayKind.LOCAL_DAY_OFF && weekend) {
			throw new BusinessRuleException("startsOn", "calendar.entry.error.localOnWeekend", day.toString());
		}
	}

}
