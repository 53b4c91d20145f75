package cn.houqin.repairs.domain;

/**
 * Filters of a work order list; {@code null} means any.
 *
 * @param text part of the number, location or description
 * @param status the status
 * @param urgency the urgency
 * @param category the category
 * @param openOnly only work still to be fixed
 * @param unassignedOnly only work nobody has taken
 * @param assigneeUserId only this technician's work
 */
public record WorkOrderCriteria(String text, WorkOrderStatus status, Urgency urgency, Category category,
		boolean openOnly, boolean unassignedOnly, Long assigneeUserId) {

	public static WorkOrderCriteria openWork() {
		return new WorkOrderCriteria(null, null, null, null, true, false, null);
	}

}
