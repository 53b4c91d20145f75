package cn.houqin.repairs.domain;

import java.time.LocalDate;

/**
 * How often a preventive plan falls due: every N days, weeks or months, or once a year at
 * a season (before the summer or winter break, before the heating season).
 */
public enum IntervalKind {

	DAYS, WEEKS, MONTHS, SEASON;

	LocalDate after(LocalDate due, int count) {
		return switch (this) {
			case DAYS -> due.plusDays(count);
			case WEEKS -> due.plusWeeks(count);
			case MONTHS -> due.plusMonths(count);
			case SEASON -> due.plusYears(count);
		};
	}

}
