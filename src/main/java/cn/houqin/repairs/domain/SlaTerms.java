package cn.houqin.repairs.domain;

import java.time.Instant;

/**
 * The service level of one urgency (editable data): the time to respond and to fix, each
 * either on the clock (紧急: 30 min / 4 h) or in working time.
 *
 * @param urgency the urgency
 * @param respondMinutes minutes to respond
 * @param respondOnClock whether the response time runs day and night
 * @param fixMinutes minutes to fix (a working day is the working hours of one day)
 * @param fixOnClock whether the fix time runs day and night
 */
public record SlaTerms(Urgency urgency, int respondMinutes, boolean respondOnClock, int fixMinutes,
		boolean fixOnClock) {

	/** The deadlines of a report made at {@code reportedAt}. */
	public Deadlines deadlines(Instant reportedAt, WorkingClock clock) {
		Instant respondBy = this.respondOnClock ? reportedAt.plusSeconds(this.respondMinutes * 60L)
				: clock.plusWorkingMinutes(reportedAt, this.respondMinutes);
		Instant fixBy = this.fixOnClock ? reportedAt.plusSeconds(this.fixMinutes * 60L)
				: clock.plusWorkingMinutes(reportedAt, this.fixMinutes);
		return new Deadlines(respondBy, fixBy);
	}

	/**
	 * @param respondBy when someone must have accepted it
	 * @param fixBy when it must be fixed
	 */
	public record Deadlines(Instant respondBy, Instant fixBy) {
	}

}
