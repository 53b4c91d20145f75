package cn.houqin.standards.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;
import cn.houqin.standards.domain.Rounding;
import cn.houqin.standards.domain.RuleTerms;

/**
 * A new rule of a tenant's own set; a national rule's code and qualifiers make it an
 * override of that rule.
 */
public class RuleForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	@Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "{standards.validation.code}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String label;

	@NotNull(message = "{validation.required}")
	private StandardSubject subject;

	@NotNull(message = "{validation.required}")
	private RuleKind kind;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{standards.validation.notNegative}")
	@Digits(integer = 12, fraction = 2, message = "{standards.validation.amount}")
	private BigDecimal limit;

	@NotBlank(message = "{validation.required}")
	@Size(max = 32, message = "{validation.tooLong}")
	private String unit;

	@Size(max = 64, message = "{validation.tooLong}")
	private String basis;

	@DecimalMin(value = "0.01", message = "{standards.validation.positive}")
	private BigDecimal per;

	private Rounding rounding;

	@Size(max = 500, message = "{validation.tooLong}")
	private String conditions;

	private boolean verify;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String note;

	RuleTerms toTerms() {
		return new RuleTerms(this.label, this.subject, this.kind, this.limit, this.unit, this.basis, this.per,
				this.rounding, this.conditions, this.verify, this.effectiveFrom, this.note);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public StandardSubject getSubject() {
		return this.subject;
	}

	public void setSubject(StandardSubject subject) {
		this.subject = subject;
	}

	public RuleKind getKind() {
		return this.kind;
	}

	public void setKind(RuleKind kind) {
		this.kind = kind;
	}

	public BigDecimal getLimit() {
		return this.limit;
	}

	public void setLimit(BigDecimal limit) {
		this.limit = limit;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public BigDecimal getPer() {
		return this.per;
	}

	public void setPer(BigDecimal per) {
		this.per = per;
	}

	public Rounding getRounding() {
		return this.rounding;
	}

	public void setRounding(Rounding rounding) {
		this.rounding = rounding;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public boolean isVerify() {
		return this.verify;
	}

	public void setVerify(boolean verify) {
		this.verify = verify;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
