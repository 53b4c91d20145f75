package cn.houqin.conduct.domain;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.conduct.ConductPolicy;
import cn.houqin.conduct.ConductPolicy.DisclosurePeriod;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A tenant's conduct rules (篇2 细则一) as editable data; changes are audited.
 */
@Entity
@Table(name = "con_policy")
@Audited("conduct.policy")
class TenantPolicy extends Aggregate<TenantPolicy> {

	@Column(name = "appeal_working_days")
	private int appealWorkingDays;

	@Column(name = "l1_min")
	private int l1Min;

	@Column(name = "l1_max")
	private int l1Max;

	@Column(name = "l2_min")
	private int l2Min;

	@Column(name = "l2_max")
	private int l2Max;

	@Column(name = "l3_total")
	private int l3Total;

	@Column(name = "l3_single")
	private int l3Single;

	@Column(name = "l4_total")
	private int l4Total;

	@Column(name = "l4_single")
	private int l4Single;

	@Column(name = "allowed_points")
	private String allowedPoints;

	@Column(name = "validation_month")
	private int validationMonth;

	@Column(name = "validation_day")
	private int validationDay;

	@Enumerated(EnumType.STRING)
	@Column(name = "disclosure_period")
	private DisclosurePeriod disclosurePeriod;

	protected TenantPolicy() {
	}

	TenantPolicy(long tenantId) {
		super(tenantId);
		apply(ConductPolicy.DEFAULTS);
	}

	/** Replaces the rules after checking they are complete and consistent. */
	void change(ConductPolicy policy) {
		check(policy);
		apply(policy);
	}

	private void apply(ConductPolicy p) {
		this.appealWorkingDays = p.appealWorkingDays();
		this.l1Min = p.l1Min();
		this.l1Max = p.l1Max();
		this.l2Min = p.l2Min();
		this.l2Max = p.l2Max();
		this.l3Total = p.l3Total();
		this.l3Single = p.l3Single();
		this.l4Total = p.l4Total();
		this.l4Single = p.l4Single();
		this.allowedPoints = String.join(",", p.allowedPoints().stream().map(String::valueOf).toList());
		this.validationMonth = p.validationDate().getMonthValue();
		this.validationDay = p.validationDate().getDayOfMonth();
		this.disclosurePeriod = p.disclosurePeriod();
	}

	ConductPolicy toPolicy() {
		List<Integer> points = Arrays.stream(this.allowedPoints.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.map(Integer::valueOf)
			.toList();
		return new ConductPolicy(this.appealWorkingDays, this.l1Min, this.l1Max, this.l2Min, this.l2Max, this.l3Total,
				this.l3Single, this.l4Total, this.l4Single, points,
				MonthDay.of(this.validationMonth, this.validationDay), this.disclosurePeriod);
	}

	/**
	 * The bounds run upwards without gap or overlap: L1 from at least 1 to its upper end,
	 * L2 from the next total, L3 from the total after L2, L4 above L3; the single-record
	 * thresholds are positive and L4's is at least L3's.
	 */
	static void check(ConductPolicy p) {
		if (p.appealWorkingDays() < 1) {
			throw new BusinessRuleException("appealWorkingDays", "conduct.policy.error.window");
		}
		if (p.l1Min() < 1) {
			throw new BusinessRuleException("l1Min", "conduct.policy.error.positive");
		}
		if (p.l1Max() < p.l1Min()) {
			throw new BusinessRuleException("l1Max", "conduct.policy.error.ascending", p.l1Min());
		}
		if (p.l2Min() != p.l1Max() + 1) {
			throw new BusinessRuleException("l2Min", "conduct.policy.error.follows", p.l1Max() + 1);
		}
		if (p.l2Max() < p.l2Min()) {
			throw new BusinessRuleException("l2Max", "conduct.policy.error.ascending", p.l2Min());
		}
		if (p.l3Total() != p.l2Max() + 1) {
			throw new BusinessRuleException("l3Total", "conduct.policy.error.follows", p.l2Max() + 1);
		}
		if (p.l4Total() <= p.l3Total()) {
			throw new BusinessRuleException("l4Total", "conduct.policy.error.ascending", p.l3Total() + 1);
		}
		if (p.l3Single() < 1) {
			throw new BusinessRuleException("l3Single", "conduct.policy.error.positive");
		}
		if (p.l4Single() < p.l3Single()) {
			throw new BusinessRuleException("l4Single", "conduct.policy.error.ascending", p.l3Single());
		}
		if (p.allowedPoints().isEmpty()) {
			throw new BusinessRuleException("allowedPoints", "conduct.policy.error.pointsRequired");
		}
		if (p.allowedPoints().stream().anyMatch(v -> v == null || v < 1)) {
			throw new BusinessRuleException("allowedPoints", "conduct.policy.error.positive");
		}
		if (new HashSet<>(p.allowedPoints()).size() != p.allowedPoints().size()) {
			throw new BusinessRuleException("allowedPoints", "conduct.policy.error.duplicatePoints");
		}
		if (p.validationDate() == null) {
			throw new BusinessRuleException("validationDate", "conduct.policy.error.validationDate");
		}
		if (p.disclosurePeriod() == null) {
			throw new BusinessRuleException("disclosurePeriod", "conduct.policy.error.period");
		}
	}

	/** A month and day as entered, e.g. 01-01 or 1-1; {@code null} when not a date. */
	static MonthDay monthDay(String text) {
		if (text == null || !text.trim().matches("\\d{1,2}-\\d{1,2}")) {
			return null;
		}
		String[] parts = text.trim().split("-");
		try {
			return MonthDay.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
