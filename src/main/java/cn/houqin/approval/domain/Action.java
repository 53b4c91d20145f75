package cn.houqin.approval.domain;

import java.time.LocalDate;

/**
 * Command: an approver's decision on a task, with a comment (the reason, required to
 * reject or return) and, for a collective step, the meeting date and minutes reference
 * (会议纪要).
 */
public record Action(Decision decision, String comment, LocalDate meetingDate, String minutesRef) {

	public static Action approve(String comment) {
		return new Action(Decision.APPROVE, comment, null, null);
	}

	public static Action reject(String reason) {
		return new Action(Decision.REJECT, reason, null, null);
	}

	public static Action sendBack(String reason) {
		return new Action(Decision.RETURN, reason, null, null);
	}

}
