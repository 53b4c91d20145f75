package cn.houqin.org.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Ranks extends JpaRepository<Rank, Long> {

	List<Rank> findByTenantIdOrderBySortOrder(long tenantId);

	Optional<Rank> findByTenantIdAndId(long tenantId, long id);

	Optional<Rank> findByTenantIdAndCode(long tenantId, String code);

	Optional<Rank> findByTenantIdAndName(long tenantId, String name);

}
