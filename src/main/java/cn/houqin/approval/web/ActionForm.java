package cn.houqin.approval.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.Decision;
import cn.houqin.approval.domain.Upload;

/**
 * An approver's action from the task page: comment or reason, meeting of a collective
 * step, an optional file.
 */
class ActionForm {

	private String comment;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate meetingDate;

	private String minutesRef;

	private MultipartFile file;

	Action toAction(Decision decision) {
		return new Action(decision, this.comment, this.meetingDate, this.minutesRef);
	}

	Upload upload() {
		if (this.file == null || this.file.isEmpty()) {
			return null;
		}
		try {
			return new Upload(this.file.getOriginalFilename(), this.file.getContentType(), this.file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public void setMeetingDate(LocalDate meetingDate) {
		this.meetingDate = meetingDate;
	}

	public String getMinutesRef() {
		return this.minutesRef;
	}

	public void setMinutesRef(String minutesRef) {
		this.minutesRef = minutesRef;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
