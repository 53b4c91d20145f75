package cn.houqin.approval.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GeneralRequests extends JpaRepository<GeneralRequest, Long> {

	Optional<GeneralRequest> findByTenantIdAndId(long tenantId, long id);

	boolean existsByTenantId(long tenantId);

}
