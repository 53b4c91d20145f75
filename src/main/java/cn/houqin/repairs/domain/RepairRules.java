package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules an administrator edits: the SLA per urgency, the working hours and the
 * contractor approval limit.
 *
 * @param terms one row per urgency
 * @param hours the working hours
 * @param contractorLimit the contractor cost above which approval is needed, in 元
 * @param labourRate the labour cost of one hour, in 元
 */
public record RepairRules(List<SlaTerms> terms, WorkingHours hours, BigDecimal contractorLimit, BigDecimal labourRate) {

	/** A one-line account of the rules for the audit trail. */
	public String describe() {
		return this.terms.stream()
			.map(t -> t.urgency() + " " + t.respondMinutes() + (t.respondOnClock() ? "c" : "w") + "/" + t.fixMinutes()
					+ (t.fixOnClock() ? "c" : "w"))
			.collect(Collectors.joining(", ")) + "; " + this.hours.morningStart() + "-" + this.hours.morningEnd() + ", "
				+ this.hours.afternoonStart() + "-" + this.hours.afternoonEnd() + "; limit "
				+ this.contractorLimit.toPlainString() + "; labour " + this.labourRate.toPlainString();
	}

}
