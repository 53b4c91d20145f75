package cn.houqin.standards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.Finding;
import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;

/**
 * One version of a rule (标准条目) of a set, in force from its effective date until a later
 * version of the same code and qualifiers. A tenant's version of a national rule
 * overrides it (see {@link RuleVersions}).
 */
@Entity
@Table(name = "std_rule")
@Audited("standards.rule")
class StandardRule extends Aggregate<StandardRule> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "set_id")
	private StandardSet set;

	private String code;

	private String label;

	@Enumerated(EnumType.STRING)
	private StandardSubject subject;

	@Enumerated(EnumType.STRING)
	private RuleKind kind;

	@Column(name = "limit_value")
	private BigDecimal limitValue;

	private String unit;

	private String basis;

	@Column(name = "per_value")
	private BigDecimal perValue;

	@Enumerated(EnumType.STRING)
	private Rounding rounding;

	private String conditions;

	private boolean verify;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	private String note;

	protected StandardRule() {
	}

	StandardRule(long tenantId, StandardSet set, String code, RuleTerms terms) {
		super(tenantId);
		this.set = set;
		this.code = code;
		revise(terms);
	}

	/**
	 * Changes this version in place; a different effective date is a new version instead.
	 */
	void revise(RuleTerms terms) {
		RuleTermsCheck.require(terms);
		this.label = terms.label();
		this.subject = terms.subject();
		this.kind = terms.kind();
		this.limitValue = terms.limit().setScale(2, RoundingMode.HALF_UP);
		this.unit = terms.unit();
		this.basis = terms.kind() == RuleKind.MAX_RATIO ? terms.basis() : null;
		this.perValue = terms.kind() == RuleKind.MAX_RATIO ? terms.per() : null;
		this.rounding = terms.kind() == RuleKind.MAX_RATIO ? terms.rounding() : null;
		this.conditions = Conditions.parse(terms.conditions()).toString();
		this.verify = terms.verify();
		this.effectiveFrom = terms.effectiveFrom();
		this.note = terms.note();
	}

	/** Rules of one code and qualifiers are versions of each other. */
	String key() {
		return this.code + "|" + this.conditions;
	}

	boolean isLocal() {
		return getTenantId() != StandardSet.NATIONAL;
	}

	boolean inForceOn(LocalDate day) {
		return !this.effectiveFrom.isAfter(day);
	}

	/**
	 * Whether this rule is the one for the request: its qualifiers and comparisons hold.
	 */
	boolean appliesTo(Map<String, String> context, boolean namedByCode) {
		return Conditions.parse(this.conditions).hold(context, !namedByCode);
	}

	/**
	 * The allowance for this request: the limit, or for a ratio rule the whole number
	 * allowed.
	 */
	BigDecimal allowance(Map<String, String> context) {
		if (this.kind != RuleKind.MAX_RATIO) {
			return this.limitValue;
		}
		BigDecimal base = Condition.number(context, this.basis);
		return base.multiply(this.limitValue).divide(this.perValue, 0, this.rounding.mode());
	}

	Finding evaluate(BigDecimal actual, Map<String, String> context) {
		if (actual == null) {
			throw new BusinessRuleException("actual", "standards.check.error.actual");
		}
		BigDecimal allowed = allowance(context);
		return new Finding(this.code, this.label, this.kind, allowed, this.unit, actual, this.set.citation(),
				this.verify, this.kind.breaks(actual, allowed), isLocal(), this.effectiveFrom);
	}

	RuleTerms terms() {
		return new RuleTerms(this.label, this.subject, this.kind, this.limitValue, this.unit, this.basis, this.perValue,
				this.rounding, this.conditions, this.verify, this.effectiveFrom, this.note);
	}

	StandardSet getSet() {
		return this.set;
	}

	String getCode() {
		return this.code;
	}

	String getConditions() {
		return this.conditions;
	}

	StandardSubject getSubject() {
		return this.subject;
	}

	LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

}
