package cn.houqin.approval.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ApprovalTasks extends JpaRepository<ApprovalTask, Long>, JpaSpecificationExecutor<ApprovalTask> {

	Optional<ApprovalTask> findByTenantIdAndId(long tenantId, long id);

	@Query("""
			select distinct t.approval.documentType from ApprovalTask t where t.tenantId = :tenantId
			and t.assigneeUserId in :assignees and t.status = cn.houqin.approval.domain.TaskStatus.OPEN""")
	List<String> openDocumentTypes(long tenantId, List<Long> assignees);

}
