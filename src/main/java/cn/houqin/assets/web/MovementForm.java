package cn.houqin.assets.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.assets.domain.AssetMovementKind;

/**
 * Asks for a movement from the card page: the receiver by employee number (工号).
 */
public class MovementForm {

	@NotNull
	private AssetMovementKind kind;

	@Size(max = 40)
	private String toStaffNo;

	private Long toUnitId;

	@Size(max = 200)
	private String toLocation;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@Size(max = 500)
	private String note;

	public AssetMovementKind getKind() {
		return this.kind;
	}

	public void setKind(AssetMovementKind kind) {
		this.kind = kind;
	}

	public String getToStaffNo() {
		return this.toStaffNo;
	}

	public void setToStaffNo(String toStaffNo) {
		this.toStaffNo = toStaffNo;
	}

	public Long getToUnitId() {
		return this.toUnitId;
	}

	public void setToUnitId(Long toUnitId) {
		this.toUnitId = toUnitId;
	}

	public String getToLocation() {
		return this.toLocation;
	}

	public void setToLocation(String toLocation) {
		this.toLocation = toLocation;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
