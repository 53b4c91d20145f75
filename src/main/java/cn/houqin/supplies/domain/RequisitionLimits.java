package cn.houqin.supplies.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequisitionLimits extends JpaRepository<RequisitionLimit, Long> {

	Optional<RequisitionLimit> findByTenantIdAndItemId(long tenantId, long itemId);

	List<RequisitionLimit> findByTenantIdAndItemIdIn(long tenantId, Collection<Long> itemIds);

	List<RequisitionLimit> findByTenantIdOrderByItemId(long tenantId);

}
