package cn.houqin.approval.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalPolicies extends JpaRepository<ApprovalPolicy, Long> {

	Optional<ApprovalPolicy> findByTenantIdAndDocumentTypeAndCurrentTrue(long tenantId, String documentType);

	List<ApprovalPolicy> findByTenantIdAndDocumentTypeOrderByRevisionDesc(long tenantId, String documentType);

	List<ApprovalPolicy> findByTenantIdAndCurrentTrueOrderByDocumentType(long tenantId);

	Optional<ApprovalPolicy> findByTenantIdAndId(long tenantId, long id);

}
