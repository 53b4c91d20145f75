package cn.houqin.org.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Establishments extends JpaRepository<Establishment, Long> {

	List<Establishment> findByTenantIdAndUnitId(long tenantId, long unitId);

	Optional<Establishment> findByTenantIdAndUnitIdAndPositionId(long tenantId, long unitId, long positionId);

	long countByTenantIdAndPositionId(long tenantId, long positionId);

}
