package cn.houqin.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.org.StaffStatus;

/**
 * API body of a departure (离任).
 *
 * @param reason why, at most 500 characters
 * @param effectiveOn from when
 * @param exitStatus 调离, 离职 or 退休; 离职 when left out
 */
record DepartureRequest(@Size(max = 500, message = "{org.validation.tooLong}") String reason,
		@NotNull(message = "{validation.required}") LocalDate effectiveOn, StaffStatus exitStatus) {

	StaffStatus exitStatusOrDefault() {
		return this.exitStatus == null ? StaffStatus.RESIGNED : this.exitStatus;
	}

}
