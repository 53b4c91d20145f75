package cn.houqin.conduct.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.houqin.conduct.ConductPolicy;
import cn.houqin.conduct.ConductPolicy.DisclosurePeriod;
import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The policy editor's fields: numbers as entered, the point values as one comma-separated
 * list and the validation date as month-day (MM-DD).
 */
class ConductPolicyForm {

	private Long version;

	private Integer appealWorkingDays;

	private Integer l1Min;

	private Integer l1Max;

	private Integer l2Min;

	private Integer l2Max;

	private Integer l3Total;

	private Integer l3Single;

	private Integer l4Total;

	private Integer l4Single;

	private String allowedPoints;

	private String validationDate;

	private DisclosurePeriod disclosurePeriod;

	static ConductPolicyForm of(ConductPolicy p, long version) {
		ConductPolicyForm form = new ConductPolicyForm();
		form.version = version;
		form.appealWorkingDays = p.appealWorkingDays();
		form.l1Min = p.l1Min();
		form.l1Max = p.l1Max();
		form.l2Min = p.l2Min();
		form.l2Max = p.l2Max();
		form.l3Total = p.l3Total();
		form.l3Single = p.l3Single();
		form.l4Total = p.l4Total();
		form.l4Single = p.l4Single();
		form.allowedPoints = p.allowedPoints().stream().map(String::valueOf).collect(Collectors.joining(", "));
		form.validationDate = "%02d-%02d".formatted(p.validationDate().getMonthValue(),
				p.validationDate().getDayOfMonth());
		form.disclosurePeriod = p.disclosurePeriod();
		return form;
	}

	/** The policy as entered; a missing or malformed part is refused on its field. */
	ConductPolicy toPolicy() {
		List<Integer> points = new ArrayList<>();
		for (String part : Arrays.stream((this.allowedPoints == null ? "" : this.allowedPoints).split("[,，、\\s]+"))
			.filter(s -> !s.isBlank())
			.toList()) {
			try {
				points.add(Integer.valueOf(part));
			}
			catch (NumberFormatException ex) {
				throw new BusinessRuleException("allowedPoints", "conduct.policy.error.positive");
			}
		}
		var date = ConductPolicyService.monthDay(this.validationDate);
		if (date == null) {
			throw new BusinessRuleException("validationDate", "conduct.policy.error.validationDate");
		}
		return new ConductPolicy(required("appealWorkingDays", this.appealWorkingDays), required("l1Min", this.l1Min),
				required("l1Max", this.l1Max), required("l2Min", this.l2Min), required("l2Max", this.l2Max),
				required("l3Total", this.l3Total), required("l3Single", this.l3Single),
				required("l4Total", this.l4Total), required("l4Single", this.l4Single), points, date,
				this.disclosurePeriod);
	}

	private static int required(String field, Integer value) {
		if (value == null) {
			throw new BusinessRuleException(field, "conduct.policy.error.required");
		}
		return value;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getAppealWorkingDays() {
		return this.appealWorkingDays;
	}

	public void setAppealWorkingDays(Integer appealWorkingDays) {
		this.appealWorkingDays = appealWorkingDays;
	}

	public Integer getL1Min() {
		return this.l1Min;
	}

	public void setL1Min(Integer l1Min) {
		this.l1Min = l1Min;
	}

	public Integer getL1Max() {
		return this.l1Max;
	}

	public void setL1Max(Integer l1Max) {
		this.l1Max = l1Max;
	}

	public Integer getL2Min() {
		return this.l2Min;
	}

	public void setL2Min(Integer l2Min) {
		this.l2Min = l2Min;
	}

	public Integer getL2Max() {
		return this.l2Max;
	}

	public void setL2Max(Integer l2Max) {
		this.l2Max = l2Max;
	}

	public Integer getL3Total() {
		return this.l3Total;
	}

	public void setL3Total(Integer l3Total) {
		this.l3Total = l3Total;
	}

	public Integer getL3Single() {
		return this.l3Single;
	}

	public void setL3Single(Integer l3Single) {
		this.l3Single = l3Single;
	}

	public Integer getL4Total() {
		return this.l4Total;
	}

	public void setL4Total(Integer l4Total) {
		this.l4Total = l4Total;
	}

	public Integer getL4Single() {
		return this.l4Single;
	}

	public void setL4Single(Integer l4Single) {
		this.l4Single = l4Single;
	}

	public String getAllowedPoints() {
		return this.allowedPoints;
	}

	public void setAllowedPoints(String allowedPoints) {
		this.allowedPoints = allowedPoints;
	}

	public String getValidationDate() {
		return this.validationDate;
	}

	public void setValidationDate(String validationDate) {
		this.validationDate = validationDate;
	}

	public DisclosurePeriod getDisclosurePeriod() {
		return this.disclosurePeriod;
	}

	public void setDisclosurePeriod(DisclosurePeriod disclosurePeriod) {
		this.disclosurePeriod = disclosurePeriod;
	}

}
