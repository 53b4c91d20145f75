package cn.houqin.conduct.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.conduct.domain.RecordDraft;
import cn.houqin.conduct.domain.Source;

/**
 * The conduct office's form for a new record: the incident and up to five persons, each
 * by employee number with their points.
 */
class RecordForm {

	static final int ROWS = 5;

	@NotBlank
	private String offenceCode;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull
	private Source source;

	@NotBlank
	@Size(max = 2000)
	private String description;

	@Size(max = 1000)
	private String reason;

	private boolean penaltyRequired;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate correctionDue;

	private List<PersonRow> persons = new ArrayList<>();

	RecordForm() {
		while (this.persons.size() < ROWS) {
			this.persons.add(new PersonRow());
		}
	}

	RecordDraft toDraft() {
		return new RecordDraft(this.occurredOn, this.source, this.description, this.reason, this.penaltyRequired,
				this.correctionDue);
	}

	public String getOffenceCode() {
		return this.offenceCode;
	}

	public void setOffenceCode(String offenceCode) {
		this.offenceCode = offenceCode;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public Source getSource() {
		return this.source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isPenaltyRequired() {
		return this.penaltyRequired;
	}

	public void setPenaltyRequired(boolean penaltyRequired) {
		this.penaltyRequired = penaltyRequired;
	}

	public LocalDate getCorrectionDue() {
		return this.correctionDue;
	}

	public void setCorrectionDue(LocalDate correctionDue) {
		this.correctionDue = correctionDue;
	}

	public List<PersonRow> getPersons() {
		return this.persons;
	}

	public void setPersons(List<PersonRow> persons) {
		this.persons = persons;
	}

	/** One person: employee number (工号) and points. */
	public static class PersonRow {

		private String employeeNo;

		private Integer points;

		public String getEmployeeNo() {
			return this.employeeNo;
		}

		public void setEmployeeNo(String employeeNo) {
			this.employeeNo = employeeNo;
		}

		public Integer getPoints() {
			return this.points;
		}

		public void setPoints(Integer points) {
			this.points = points;
		}

		boolean blank() {
			return (this.employeeNo == null || this.employeeNo.isBlank()) && this.points == null;
		}

	}

}
