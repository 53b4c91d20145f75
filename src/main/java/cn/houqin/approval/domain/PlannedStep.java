package cn.houqin.approval.domain;

/**
 * A step resolved to a person: role, the unit where the holder was found, the holder, and
 * a note (message key and arguments) when the route differs from the policy's plain
 * reading.
 */
public record PlannedStep(String roleCode, long unitId, long assigneeUserId, boolean committee, String noteKey,
		String noteArgument) {

	public boolean escalated() {
		return RoutePlanner.ESCALATED.equals(this.noteKey);
	}

}
