package cn.houqin.standards.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.standards.domain.RuleRevision;
import cn.houqin.standards.domain.RuleView;

/**
 * A rule's new limit from a date: the tenant's own version, cited by one of its sets or
 * by the rule's set.
 */
public class RevisionForm {

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{standards.validation.notNegative}")
	@Digits(integer = 12, fraction = 2, message = "{standards.validation.amount}")
	private BigDecimal limit;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private Long setId;

	private boolean verify;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String note;

	private Long version;

	static RevisionForm of(RuleView rule) {
		RevisionForm form = new RevisionForm();
		form.limit = rule.limit();
		form.effectiveFrom = rule.effectiveFrom();
		form.verify = rule.verify();
		form.note = rule.note();
		form.setId = rule.local() ? Long.valueOf(rule.setId()) : null;
		form.version = rule.version();
		return form;
	}

	RuleRevision toRevision() {
		return new RuleRevision(this.limit, this.effectiveFrom, this.verify, this.note, this.setId);
	}

	public BigDecimal getLimit() {
		return this.limit;
	}

	public void setLimit(BigDecimal limit) {
		this.limit = limit;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public Long getSetId() {
		return this.setId;
	}

	public void setSetId(Long setId) {
		this.setId = setId;
	}

	public boolean isVerify() {
		return this.verify;
	}

	public void setVerify(boolean verify) {
		this.verify = verify;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
