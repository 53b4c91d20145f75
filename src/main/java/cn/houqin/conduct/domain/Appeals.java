package cn.houqin.conduct.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Appeals extends JpaRepository<Appeal, Long> {

	Optional<Appeal> findByTenantIdAndId(long tenantId, long id);

	Optional<Appeal> findByTenantIdAndApprovalId(long tenantId, long approvalId);

	List<Appeal> findByTenantIdAndRecordIdOrderById(long tenantId, long recordId);

	long countByTenantIdAndStatus(long tenantId, AppealStatus status);

	List<Appeal> findByTenantIdAndStatusOrderByFiledAt(long tenantId, AppealStatus status);

}
