package cn.houqin.approval.domain;

/**
 * A policy step: a role code (e.g. {@code logistics-head}), where to find its holder, the
 * unit when fixed, and whether it is a collective decision.
 */
public record PolicyStep(String roleCode, StepSource source, Long fixedUnitId, boolean committee) {

	public static PolicyStep nearest(String roleCode) {
		return new PolicyStep(roleCode, StepSource.NEAREST_ANCESTOR_WITH_HOLDER, null, false);
	}

	public static PolicyStep collective(String roleCode) {
		return new PolicyStep(roleCode, StepSource.NEAREST_ANCESTOR_WITH_HOLDER, null, true);
	}

}
