package cn.houqin.supplies.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PurchaseRequests extends JpaRepository<PurchaseRequest, Long>, JpaSpecificationExecutor<PurchaseRequest> {

	Optional<PurchaseRequest> findByTenantIdAndId(long tenantId, long id);

	List<PurchaseRequest> findByTenantIdAndHandlerStaffIdAndStatusIn(long tenantId, long staffId,
			Collection<PurchaseStatus> statuses);

	long countByTenantIdAndStatus(long tenantId, PurchaseStatus status);

}
