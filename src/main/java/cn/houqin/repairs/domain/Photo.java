package cn.houqin.repairs.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.AuditMasked;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A photo of the fault, stored in the database.
 */
@Entity
@Table(name = "rep_work_order_photo")
@Audited("repairs.photo")
class Photo extends Aggregate<Photo> {

	@Column(name = "work_order_id")
	private long workOrderId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@AuditMasked
	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	protected Photo() {
	}

	Photo(long tenantId, long workOrderId, PhotoUpload upload) {
		super(tenantId);
		this.workOrderId = workOrderId;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.size = upload.content().length;
		this.content = upload.content();
	}

	long getWorkOrderId() {
		return this.workOrderId;
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
