package cn.houqin.approval;

/**
 * One step of a computed route: the role (upper snake case, e.g. {@code LOGISTICS_HEAD}),
 * the unit where its holder was found, the person, and why it differs from the policy
 * when it does (e.g. moved up because the requester holds the role).
 */
public record RouteStep(int position, String role, String roleCode, long unitId, String unitName, long approverUserId,
		String approverName, boolean committee, boolean escalated, String note) {

}
