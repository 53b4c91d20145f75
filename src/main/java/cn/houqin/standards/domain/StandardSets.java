package cn.houqin.standards.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StandardSets extends JpaRepository<StandardSet, Long> {

	List<StandardSet> findByTenantIdInOrderByTenantIdAscEffectiveOnDescIdAsc(Collection<Long> tenantIds);

	Optional<StandardSet> findByTenantIdInAndId(Collection<Long> tenantIds, long id);

	boolean existsByTenantIdInAndCode(Collection<Long> tenantIds, String code);

}
