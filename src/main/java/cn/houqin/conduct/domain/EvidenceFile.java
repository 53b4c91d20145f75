package cn.houqin.conduct.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;

/** A file of evidence attached to a conduct record. */
@Entity
@Table(name = "con_evidence")
@Audited("conduct.evidence")
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "record_id")
	private long recordId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private byte[] content;

	protected EvidenceFile() {
	}

	EvidenceFile(long recordId, Evidence file) {
		this.recordId = recordId;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.content = file.content();
	}

	Long getId() {
		return this.id;
	}

	long getRecordId() {
		return this.recordId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	byte[] getContent() {
		return this.content;
	}

}
