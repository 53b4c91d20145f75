package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A person's points cycle (篇2 第十三条): one year from the validation date (校验日) to the day
 * before the next one.
 */
public record Cycle(LocalDate start, LocalDate end) {

	/**
	 * The cycle that contains {@code on}, for a validation date on {@code validation}.
	 */
	public static Cycle containing(MonthDay validation, LocalDate on) {
		LocalDate start = validation.atYear(on.getYear());
		if (start.isAfter(on)) {
			start = validation.atYear(on.getYear() - 1);
		}
		LocalDate next = validation.atYear(start.getYear() + 1);
		return new Cycle(start, next.minusDays(1));
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.start) && !date.isAfter(this.end);
	}

}
