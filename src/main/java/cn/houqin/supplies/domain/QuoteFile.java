package cn.houqin.supplies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;

/** The document of one quote of a purchase request. */
@Entity
@Table(name = "sup_quote_file")
@Audited("supplies.quoteFile")
class QuoteFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenant_id")
	private long tenantId;

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "quote_index")
	private int quoteIndex;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private byte[] content;

	protected QuoteFile() {
	}

	QuoteFile(long tenantId, long requestId, int quoteIndex, QuoteAttachment file) {
		this.tenantId = tenantId;
		this.requestId = requestId;
		this.quoteIndex = quoteIndex;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.content = file.content();
	}

	int getQuoteIndex() {
		return this.quoteIndex;
	}

	String getFileName() {
		return this.fileName;
	}

	QuoteAttachment attachment() {
		return new QuoteAttachment(this.fileName, this.contentType, this.content);
	}

}
