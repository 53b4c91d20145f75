package cn.houqin.calendar;

/**
 * What a calendar day is: an ordinary working day (工作日) or weekend (周末), or a day the
 * calendar marks — a public holiday (法定节假日), a make-up working day on a weekend (调休上班) or
 * the unit's own extra day off (本单位放假).
 */
public enum DayKind {

	WORKDAY(true), WEEKEND(false), HOLIDAY(false), MAKEUP_WORKDAY(true), LOCAL_DAY_OFF(false);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return this.working;
	}

	/**
	 * Whether the calendar stores days of this kind (the others follow from the weekday).
	 */
	public boolean marked() {
		return this == HOLIDAY || this == MAKEUP_WORKDAY || this == LOCAL_DAY_OFF;
	}

}
