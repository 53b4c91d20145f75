package cn.houqin.approval.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.AuditMasked;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A file attached to an approval action (附件), kept in the database so that every node
 * serves it.
 */
@Entity
@Table(name = "apr_attachment")
@Audited("approval.attachment")
class Attachment extends Aggregate<Attachment> {

	@Column(name = "approval_id")
	private long approvalId;

	@Column(name = "task_id")
	private Long taskId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@AuditMasked
	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	protected Attachment() {
	}

	Attachment(long tenantId, long approvalId, Long taskId, Upload upload) {
		super(tenantId);
		this.approvalId = approvalId;
		this.taskId = taskId;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.size = upload.content().length;
		this.content = upload.content();
	}

	long getApprovalId() {
		return this.approvalId;
	}

	Long getTaskId() {
		return this.taskId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSize() {
		return this.size;
	}

	byte[] getContent() {
		return this.content;
	}

}
