package cn.houqin.standards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;

/**
 * What a rule says: its label, subject and kind, the limit and unit, for a ratio rule the
 * basis it is counted on ({@code limit} per {@code per} of {@code basis}, rounded), its
 * qualifiers, whether the value needs local checking, and the day it takes effect.
 */
public record RuleTerms(String label, StandardSubject subject, RuleKind kind, BigDecimal limit, String unit,
		String basis, BigDecimal per, Rounding rounding, String conditions, boolean verify, LocalDate effectiveFrom,
		String note) {

	public RuleTerms {
		label = label == null ? null : label.trim();
		unit = unit == null ? null : unit.trim();
		basis = basis == null || basis.isBlank() ? null : basis.trim();
		note = note == null || note.isBlank() ? null : note.trim();
		conditions = conditions == null ? "" : conditions.trim();
	}

	/** The same terms with another limit, effective date, verify flag and note. */
	public RuleTerms revised(BigDecimal newLimit, LocalDate newEffectiveFrom, boolean newVerify, String newNote) {
		return new RuleTerms(this.label, this.subject, this.kind, newLimit, this.unit, this.basis, this.per,
				this.rounding, this.conditions, newVerify, newEffectiveFrom, newNote);
	}

}
