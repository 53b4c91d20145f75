package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Requisitions extends JpaRepository<Requisition, Long>, JpaSpecificationExecutor<Requisition> {

	Optional<Requisition> findByTenantIdAndId(long tenantId, long id);

	List<Requisition> findByTenantIdAndRequesterStaffIdAndStatusIn(long tenantId, long staffId,
			Collection<RequisitionStatus> statuses);

	long countByTenantIdAndStatus(long tenantId, RequisitionStatus status);

	@Query("select coalesce(sum(l.quantity), 0) from Requisition r join r.lines l where r.tenantId = :tenantId"
			+ " and r.requesterUserId = :userId and l.itemId = :itemId and r.requestedOn between :from and :to"
			+ " and r.status not in :excluded")
	BigDecimal quantityRequested(long tenantId, long userId, long itemId, LocalDate from, LocalDate to,
			Collection<RequisitionStatus> excluded);

}
