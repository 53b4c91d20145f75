package cn.houqin.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.org.StaffStatus;

/**
 * Starts a departure (离任): 调离, 离职 or 退休, from when, and why.
 */
public class DepartureForm {

	@NotNull(message = "{validation.required}")
	private StaffStatus exitStatus;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveDate;

	@Size(max = 500, message = "{org.validation.tooLong}")
	private String reason;

	public StaffStatus getExitStatus() {
		return this.exitStatus;
	}

	public void setExitStatus(StaffStatus exitStatus) {
		this.exitStatus = exitStatus;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public void setEffectiveDate(LocalDate effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
