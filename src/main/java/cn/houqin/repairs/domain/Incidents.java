package cn.houqin.repairs.domain;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Incidents extends JpaRepository<Incident, Long> {

	Optional<Incident> findByTenantIdAndId(long tenantId, long id);

	Page<Incident> findByTenantId(long tenantId, Pageable pageable);

	Page<Incident> findByTenantIdAndUnitIdIn(long tenantId, Collection<Long> unitIds, Pageable pageable);

}
