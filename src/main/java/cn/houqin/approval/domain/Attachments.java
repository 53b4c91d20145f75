package cn.houqin.approval.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attachments extends JpaRepository<Attachment, Long> {

	@Query("""
			select new cn.houqin.approval.domain.AttachmentView(a.id, a.taskId, a.fileName, a.contentType, a.size)
			from Attachment a where a.tenantId = :tenantId and a.approvalId = :approvalId order by a.id""")
	List<AttachmentView> listed(long tenantId, long approvalId);

	Optional<Attachment> findByTenantIdAndId(long tenantId, long id);

}
