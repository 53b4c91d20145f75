package cn.houqin.supplies.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The damage record form: the responsible person by employee number, what was damaged,
 * how, when, and the loss.
 */
class DamageForm {

	private String employeeNo;

	private String subject;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate damagedOn;

	private BigDecimal loss;

	public String getEmployeeNo() {
		return this.employeeNo;
	}

	public void setEmployeeNo(String employeeNo) {
		this.employeeNo = employeeNo;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDamagedOn() {
		return this.damagedOn;
	}

	public void setDamagedOn(LocalDate damagedOn) {
		this.damagedOn = damagedOn;
	}

	public BigDecimal getLoss() {
		return this.loss;
	}

	public void setLoss(BigDecimal loss) {
		this.loss = loss;
	}

}
