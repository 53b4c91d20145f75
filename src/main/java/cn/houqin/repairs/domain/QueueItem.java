package cn.houqin.repairs.domain;

import java.time.Instant;

/**
 * A line of the dispatch board, a technician's jobs or a list of work orders.
 */
public record QueueItem(long id, String orderNo, String location, Category category, Urgency urgency,
		boolean blocksCoreWork, boolean safetyHazard, WorkOrderStatus status, Instant reportedAt, Instant respondBy,
		Instant fixBy, boolean respondBreached, boolean fixBreached, Long assigneeUserId, String assigneeName,
		String unitName, String description) implements DispatchOrder.Queued {

}
