package cn.houqin.org.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Positions extends JpaRepository<Position, Long> {

	List<Position> findByTenantIdOrderByCode(long tenantId);

	Page<Position> findByTenantId(long tenantId, Pageable pageable);

	@Query("""
			select p from Position p where p.tenantId = :tenantId
			and (lower(p.code) like :pattern or lower(p.name) like :pattern)""")
	Page<Position> search(long tenantId, String pattern, Pageable pageable);

	Optional<Position> findByTenantIdAndId(long tenantId, long id);

	Optional<Position> findByTenantIdAndCode(long tenantId, String code);

	Optional<Position> findByTenantIdAndName(long tenantId, String name);

}
