package cn.houqin.approval.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Delegations extends JpaRepository<Delegation, Long> {

	@Query("""
			select d from Delegation d where d.tenantId = :tenantId and d.delegateUserId = :delegateUserId
			and d.revoked = false and d.startDate <= :day and d.endDate >= :day""")
	List<Delegation> activeFor(long tenantId, long delegateUserId, LocalDate day);

	@Query("""
			select d from Delegation d where d.tenantId = :tenantId
			and (d.delegatorUserId = :userId or d.delegateUserId = :userId) order by d.startDate desc, d.id desc""")
	List<Delegation> involving(long tenantId, long userId);

	Optional<Delegation> findByTenantIdAndId(long tenantId, long id);

}
