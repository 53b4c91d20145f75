package cn.houqin.repairs.domain;

import java.time.LocalTime;

/**
 * The repair team's working hours on a working day (editable data, default 08:00–12:00
 * and 14:00–18:00 Asia/Shanghai); SLA times counted in working hours run only inside
 * them.
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
			LocalTime.of(14, 0), LocalTime.of(18, 0));

	public WorkingHours {
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("Working hours must be two ordered periods");
		}
	}

}
