package cn.houqin.repairs.web;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.repairs.domain.RepairRules;
import cn.houqin.repairs.domain.SlaTerms;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkingHours;

/**
 * The rules form: one SLA row per urgency (in the order of {@link Urgency}), the working
 * hours and the contractor approval limit.
 */
class RulesForm {

	private List<Integer> respondMinutes = new ArrayList<>();

	private List<Boolean> respondOnClock = new ArrayList<>();

	private List<Integer> fixMinutes = new ArrayList<>();

	private List<Boolean> fixOnClock = new ArrayList<>();

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime morningStart;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime morningEnd;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime afternoonStart;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime afternoonEnd;

	private BigDecimal contractorLimit;

	private BigDecimal labourRate;

	static RulesForm of(RepairRules rules) {
		RulesForm form = new RulesForm();
		for (SlaTerms terms : rules.terms()) {
			form.respondMinutes.add(terms.respondMinutes());
			form.respondOnClock.add(terms.respondOnClock());
			form.fixMinutes.add(terms.fixMinutes());
			form.fixOnClock.add(terms.fixOnClock());
		}
		form.morningStart = rules.hours().morningStart();
		form.morningEnd = rules.hours().morningEnd();
		form.afternoonStart = rules.hours().afternoonStart();
		form.afternoonEnd = rules.hours().afternoonEnd();
		form.contractorLimit = rules.contractorLimit();
		form.labourRate = rules.labourRate();
		return form;
	}

	/** The rules, or {@code null} in the first field that is missing or out of order. */
	RepairRules toRules() {
		List<SlaTerms> terms = new ArrayList<>();
		Urgency[] urgencies = Urgency.values();
		for (int i = 0; i < urgencies.length; i++) {
			terms.add(new SlaTerms(urgencies[i], at(this.respondMinutes, i, 0),
					Boolean.TRUE.equals(at(this.respondOnClock, i, false)), at(this.fixMinutes, i, 0),
					Boolean.TRUE.equals(at(this.fixOnClock, i, false))));
		}
		return new RepairRules(terms,
				new WorkingHours(this.morningStart, this.morningEnd, this.afternoonStart, this.afternoonEnd),
				this.contractorLimit, this.labourRate);
	}

	boolean hoursComplete() {
		return this.morningStart != null && this.morningEnd != null && this.afternoonStart != null
				&& this.afternoonEnd != null;
	}

	boolean hoursOrdered() {
		return this.morningStart.isBefore(this.morningEnd) && !this.morningEnd.isAfter(this.afternoonStart)
				&& this.afternoonStart.isBefore(this.afternoonEnd);
	}

	private static <T> T at(List<T> values, int i, T otherwise) {
		return (i < values.size() && values.get(i) != null) ? values.get(i) : otherwise;
	}

	public List<Integer> getRespondMinutes() {
		return this.respondMinutes;
	}

	public void setRespondMinutes(List<Integer> respondMinutes) {
		this.respondMinutes = respondMinutes;
	}

	public List<Boolean> getRespondOnClock() {
		return this.respondOnClock;
	}

	public void setRespondOnClock(List<Boolean> respondOnClock) {
		this.respondOnClock = respondOnClock;
	}

	public List<Integer> getFixMinutes() {
		return this.fixMinutes;
	}

	public void setFixMinutes(List<Integer> fixMinutes) {
		this.fixMinutes = fixMinutes;
	}

	public List<Boolean> getFixOnClock() {
		return this.fixOnClock;
	}

	public void setFixOnClock(List<Boolean> fixOnClock) {
		this.fixOnClock = fixOnClock;
	}

	public LocalTime getMorningStart() {
		return this.morningStart;
	}

	public void setMorningStart(LocalTime morningStart) {
		this.morningStart = morningStart;
	}

	public LocalTime getMorningEnd() {
		return this.morningEnd;
	}

	public void setMorningEnd(LocalTime morningEnd) {
		this.morningEnd = morningEnd;
	}

	public LocalTime getAfternoonStart() {
		return this.afternoonStart;
	}

	public void setAfternoonStart(LocalTime afternoonStart) {
		this.afternoonStart = afternoonStart;
	}

	public LocalTime getAfternoonEnd() {
		return this.afternoonEnd;
	}

	public void setAfternoonEnd(LocalTime afternoonEnd) {
		this.afternoonEnd = afternoonEnd;
	}

	public BigDecimal getContractorLimit() {
		return this.contractorLimit;
	}

	public void setContractorLimit(BigDecimal contractorLimit) {
		this.contractorLimit = contractorLimit;
	}

	public BigDecimal getLabourRate() {
		return this.labourRate;
	}

	public void setLabourRate(BigDecimal labourRate) {
		this.labourRate = labourRate;
	}

}
