package cn.houqin.standards.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.houqin.standards.StandardSubject;

interface StandardRules extends JpaRepository<StandardRule, Long> {

	@EntityGraph(attributePaths = "set")
	List<StandardRule> findByTenantIdInAndCode(Collection<Long> tenantIds, String code);

	@EntityGraph(attributePaths = "set")
	List<StandardRule> findByTenantIdInAndSubject(Collection<Long> tenantIds, StandardSubject subject);

	@EntityGraph(attributePaths = "set")
	List<StandardRule> findByTenantIdIn(Collection<Long> tenantIds);

	@EntityGraph(attributePaths = "set")
	List<StandardRule> findByTenantIdAndEffectiveFromAfterOrderByEffectiveFromAscCodeAsc(long tenantId, LocalDate day);

	@EntityGraph(attributePaths = "set")
	Optional<StandardRule> findByTenantIdInAndId(Collection<Long> tenantIds, long id);

	boolean existsByTenantIdAndCodeAndConditionsAndEffectiveFrom(long tenantId, String code, String conditions,
			LocalDate effectiveFrom);

	long countBySet(StandardSet set);

}
