package cn.houqin.org.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Positions extends JpaRepository<Position, Long> {

	List<Position> findByTenantIdOrderByCode(long tenantId);

	Optional<Position> findByTenantIdAndId(long tenantId, long id);

	Optional<Position> findByTenantIdAndCode(long tenantId, String code);

	Optional<Position> findByTenantIdAndName(long tenantId, String name);

}
