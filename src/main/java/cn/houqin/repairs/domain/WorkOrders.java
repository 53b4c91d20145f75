package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkOrders extends JpaRepository<WorkOrder, Long>, JpaSpecificationExecutor<WorkOrder> {

	Optional<WorkOrder> findByTenantIdAndId(long tenantId, long id);

	boolean existsByTenantId(long tenantId);

	/** The dispatch board: open work, whole tenant (sorted by the pageable). */
	Page<WorkOrder> findByTenantIdAndQueueOpenTrue(long tenantId, Pageable pageable);

	/** The dispatch board within units. */
	Page<WorkOrder> findByTenantIdAndQueueOpenTrueAndUnitIdIn(long tenantId, Collection<Long> unitIds,
			Pageable pageable);

	/** A technician's open jobs, in dispatch order by the pageable. */
	Page<WorkOrder> findByTenantIdAndAssigneeUserIdAndQueueOpenTrue(long tenantId, long assigneeUserId,
			Pageable pageable);

	Page<WorkOrder> findByTenantIdAndReporterUserId(long tenantId, long reporterUserId, Pageable pageable);

	long countByTenantIdAndAssigneeUserIdAndQueueOpenTrue(long tenantId, long assigneeUserId);

	long countByTenantIdAndReporterUserIdAndStatus(long tenantId, long reporterUserId, WorkOrderStatus status);

	Optional<WorkOrder> findFirstByTenantIdAndLocationAndCategoryAndQueueOpenTrueOrderByIdAsc(long tenantId,
			String location, Category category);

	List<WorkOrder> findByTenantIdAndDuplicateOfIdOrderByIdAsc(long tenantId, long duplicateOfId);

	List<WorkOrder> findByTenantIdAndPlanIdOrderByDueDateDesc(long tenantId, long planId);

	boolean existsByPlanIdAndDueDate(long planId, java.time.LocalDate dueDate);

	@Query("select w.id from WorkOrder w where w.queueOpen = true and "
			+ "((w.respondedAt is null and w.respondBreached = false and w.respondBy < :now) "
			+ "or (w.fixBreached = false and w.fixBy < :now))")
	List<Long> findBreaching(@Param("now") Instant now, Pageable pageable);

	@Query("select w.id from WorkOrder w where w.status = cn.houqin.repairs.domain.WorkOrderStatus.DONE "
			+ "and w.fixedAt < :before")
	List<Long> findDoneBefore(@Param("before") Instant before, Pageable pageable);

}
