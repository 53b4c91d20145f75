package cn.houqin.supplies.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Settings extends JpaRepository<SupplySettings, Long> {

	Optional<SupplySettings> findByTenantId(long tenantId);

}
