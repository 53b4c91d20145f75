package cn.houqin.approval.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Approvals extends JpaRepository<Approval, Long> {

	Optional<Approval> findByTenantIdAndId(long tenantId, long id);

	Page<Approval> findByTenantIdAndRequesterUserId(long tenantId, long requesterUserId, Pageable pageable);

	/**
	 * Same unit and type, submitted in the window, not rejected: the split-purchase
	 * watch.
	 */
	@Query("""
			select a from Approval a where a.tenantId = :tenantId and a.unitId = :unitId
			and a.documentType = :documentType and a.submittedAt >= :from and a.submittedAt <= :to
			and a.status <> cn.houqin.approval.domain.ApprovalStatus.REJECTED order by a.submittedAt""")
	List<Approval> sameUnitAndType(long tenantId, long unitId, String documentType, Instant from, Instant to);

	@Query("""
			select a from Approval a where a.tenantId = :tenantId and a.submittedAt >= :from
			and a.status <> cn.houqin.approval.domain.ApprovalStatus.REJECTED order by a.submittedAt""")
	List<Approval> submittedSince(long tenantId, Instant from);

}
