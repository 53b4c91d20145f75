package cn.houqin.conduct.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantPolicies extends JpaRepository<TenantPolicy, Long> {

	Optional<TenantPolicy> findByTenantId(long tenantId);

}
