package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * A policy's content, validated: tiers continuous from the first (no lower bound)
 * upwards, each upper above its lower, only the last without an upper bound, at least one
 * step each. Optionally a leading consent of the requesting unit's leader (篇8 第二条).
 */
public record PolicyRules(List<PolicyTier> tiers, boolean deptLeaderFirst) {

	/** The role asked first when {@link #deptLeaderFirst}: 各站所分管领导同意 (篇8 第二条). */
	public static final String DEPT_LEADER_ROLE = "dept-head";

	public PolicyRules {
		tiers = List.copyOf(tiers);
	}

	public Optional<PolicyTier> tierFor(BigDecimal amount) {
		return this.tiers.stream().filter(tier -> tier.matches(amount)).findFirst();
	}

	/** The highest amount the policy accepts, or empty when the last tier has no cap. */
	public Optional<BigDecimal> ceiling() {
		return this.tiers.isEmpty() ? Optional.empty()
				: Optional.ofNullable(this.tiers.get(this.tiers.size() - 1).upper());
	}

	/**
	 * Every upper bound, lowest first: the boundaries the split-purchase watch checks.
	 */
	public List<BigDecimal> boundaries() {
		return this.tiers.stream().map(PolicyTier::upper).filter(b -> b != null).toList();
	}

	/** Refuses the rules naming the first one broken and the tier (numbered from 1). */
	public void validate() {
		if (this.tiers.isEmpty()) {
			throw new BusinessRuleException("tiers", "approval.policy.error.noTier", 0);
		}
		BigDecimal previousUpper = null;
		for (int i = 0; i < this.tiers.size(); i++) {
			PolicyTier tier = this.tiers.get(i);
			int number = i + 1;
			if (i == 0 ? tier.lower() != null && tier.lower().signum() != 0
					: !sameAmount(tier.lower(), previousUpper)) {
				throw new BusinessRuleException("tiers",
						i == 0 ? "approval.policy.error.firstLower" : "approval.policy.error.gap", number);
			}
			if (tier.upper() == null ? i < this.tiers.size() - 1
					: tier.lower() != null && tier.upper().compareTo(tier.lower()) <= 0) {
				throw new BusinessRuleException("tiers", "approval.policy.error.upper", number);
			}
			if (tier.steps().isEmpty()) {
				throw new BusinessRuleException("tiers", "approval.policy.error.noStep", number);
			}
			for (PolicyStep step : tier.steps()) {
				if (step.roleCode() == null || step.roleCode().isBlank() || step.source() == null
						|| (step.source() == StepSource.FIXED_UNIT) != (step.fixedUnitId() != null)) {
					throw new BusinessRuleException("tiers", "approval.policy.error.step", number);
				}
			}
			previousUpper = tier.upper();
		}
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

}
