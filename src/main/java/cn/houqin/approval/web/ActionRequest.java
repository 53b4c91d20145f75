package cn.houqin.approval.web;

import java.time.LocalDate;

import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.Decision;

/**
 * JSON body of an action: {@code comment} (or {@code reason}, the same), and for a
 * collective step {@code meetingDate} and {@code minutesRef}.
 */
record ActionRequest(String comment, String reason, LocalDate meetingDate, String minutesRef) {

	Action toAction(Decision decision) {
		String text = this.comment == null || this.comment.isBlank() ? this.reason : this.comment;
		return new Action(decision, text, this.meetingDate, this.minutesRef);
	}

}
