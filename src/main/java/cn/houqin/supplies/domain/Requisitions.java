package cn.houqin.supplies.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Requisitions extends JpaRepository<Requisition, Long>, JpaSpecificationExecutor<Requisition> {

	Optional<Requisition> findByTenantIdAndId(long tenantId, long id);

	List<Requisition> findByTenantIdAndRequesterStaffIdAndStatusIn(long tenantId, long staffId,
			Collection<RequisitionStatus> statuses);

	long countByTenantIdAndStatus(long tenantId, RequisitionStatus status);

}
