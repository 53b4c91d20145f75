package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A work order as pages and the API show it.
 */
public record WorkOrderView(long id, long version, String orderNo, long unitId, String unitName, long reporterUserId,
		String reporterName, String location, Long assetId, Category category, String description, boolean safetyHazard,
		boolean blocksCoreWork, Urgency urgency, String urgencyReason, WorkOrderStatus status, Instant reportedAt,
		Instant respondBy, Instant fixBy, Instant respondedAt, Instant startedAt, Instant fixedAt, Instant closedAt,
		boolean respondBreached, boolean fixBreached, Long assigneeUserId, String assigneeName, BigDecimal labourHours,
		BigDecimal materialsCost, String contractorName, BigDecimal contractorCost, ContractorStatus contractorStatus,
		BigDecimal totalCost, String completionNote, Integer rating, String ratingComment, boolean autoConfirmed,
		int reopenCount, Long duplicateOfId, Long planId, LocalDate dueDate, List<MaterialView> materials,
		List<Long> photoIds) {

	/** Whether the reporter may still reopen it (within 7 days of the fix). */
	public boolean reopenable(Instant now) {
		return (this.status == WorkOrderStatus.DONE || this.status == WorkOrderStatus.CLOSED) && this.fixedAt != null
				&& !now.isAfter(this.fixedAt.plus(WorkOrder.REOPEN_WINDOW));
	}

}
