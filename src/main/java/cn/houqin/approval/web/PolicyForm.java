package cn.houqin.approval.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.houqin.approval.domain.PolicyRules;
import cn.houqin.approval.domain.PolicyStep;
import cn.houqin.approval.domain.PolicyTier;
import cn.houqin.approval.domain.PolicyView;
import cn.houqin.approval.domain.StepSource;

/**
 * The policy editor: tiers with bounds and their steps. Blank rows are spare places to
 * add a tier or a step and are left out when saving.
 */
class PolicyForm {

	static final int SPARE_STEPS = 2;

	private int expectedRevision;

	private boolean deptLeaderFirst;

	private String note;

	private List<TierForm> tiers = new ArrayList<>();

	static PolicyForm of(PolicyView view) {
		PolicyForm form = new PolicyForm();
		if (view != null) {
			form.expectedRevision = view.revision();
			form.deptLeaderFirst = view.rules().deptLeaderFirst();
			view.rules().tiers().forEach(tier -> form.tiers.add(TierForm.of(tier)));
		}
		return form.withSpareRows();
	}

	/** Adds one blank tier and blank steps to each tier, for the editor to fill in. */
	PolicyForm withSpareRows() {
		this.tiers.removeIf(TierForm::blank);
		this.tiers.forEach(TierForm::withSpareSteps);
		TierForm spare = new TierForm();
		spare.withSpareSteps();
		this.tiers.add(spare);
		return this;
	}

	PolicyRules toRules() {
		return new PolicyRules(this.tiers.stream().filter(t -> !t.blank()).map(TierForm::toTier).toList(),
				this.deptLeaderFirst);
	}

	public int getExpectedRevision() {
		return this.expectedRevision;
	}

	public void setExpectedRevision(int expectedRevision) {
		this.expectedRevision = expectedRevision;
	}

	public boolean isDeptLeaderFirst() {
		return this.deptLeaderFirst;
	}

	public void setDeptLeaderFirst(boolean deptLeaderFirst) {
		this.deptLeaderFirst = deptLeaderFirst;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<TierForm> getTiers() {
		return this.tiers;
	}

	public void setTiers(List<TierForm> tiers) {
		this.tiers = tiers;
	}

	/** One tier row. */
	public static class TierForm {

		private BigDecimal lower;

		private BigDecimal upper;

		private List<StepForm> steps = new ArrayList<>();

		static TierForm of(PolicyTier tier) {
			TierForm form = new TierForm();
			form.lower = tier.lower();
			form.upper = tier.upper();
			tier.steps().forEach(step -> form.steps.add(StepForm.of(step)));
			return form;
		}

		void withSpareSteps() {
			this.steps.removeIf(StepForm::blank);
			for (int i = 0; i < SPARE_STEPS; i++) {
				this.steps.add(new StepForm());
			}
		}

		boolean blank() {
			return this.lower == null && this.upper == null && this.steps.stream().allMatch(StepForm::blank);
		}

		PolicyTier toTier() {
			return new PolicyTier(this.lower, this.upper,
					this.steps.stream().filter(s -> !s.blank()).map(StepForm::toStep).toList());
		}

		public BigDecimal getLower() {
			return this.lower;
		}

		public void setLower(BigDecimal lower) {
			this.lower = lower;
		}

		public BigDecimal getUpper() {
			return this.upper;
		}

		public void setUpper(BigDecimal upper) {
			this.upper = upper;
		}

		public List<StepForm> getSteps() {
			return this.steps;
		}

		public void setSteps(List<StepForm> steps) {
			this.steps = steps;
		}

	}

	/** One step row. */
	public static class StepForm {

		private String roleCode;

		private StepSource source;

		private Long fixedUnitId;

		private boolean committee;

		static StepForm of(PolicyStep step) {
			StepForm form = new StepForm();
			form.roleCode = step.roleCode();
			form.source = step.source();
			form.fixedUnitId = step.fixedUnitId();
			form.committee = step.committee();
			return form;
		}

		boolean blank() {
			return this.roleCode == null || this.roleCode.isBlank();
		}

		PolicyStep toStep() {
			StepSource where = this.source == null ? StepSource.NEAREST_ANCESTOR_WITH_HOLDER : this.source;
			return new PolicyStep(this.roleCode.trim(), where, where == StepSource.FIXED_UNIT ? this.fixedUnitId : null,
					this.committee);
		}

		public String getRoleCode() {
			return this.roleCode;
		}

		public void setRoleCode(String roleCode) {
			this.roleCode = roleCode;
		}

		public StepSource getSource() {
			return this.source;
		}

		public void setSource(StepSource source) {
			this.source = source;
		}

		public Long getFixedUnitId() {
			return this.fixedUnitId;
		}

		public void setFixedUnitId(Long fixedUnitId) {
			this.fixedUnitId = fixedUnitId;
		}

		public boolean isCommittee() {
			return this.committee;
		}

		public void setCommittee(boolean committee) {
			this.committee = committee;
		}

	}

}
