package cn.houqin.supplies.web;

import java.math.BigDecimal;

/**
 * One item line of a page form; blank lines are ignored.
 */
public class LineForm {

	private Long itemId;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	private String supplier;

	@org.springframework.format.annotation.DateTimeFormat(
			iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private java.time.LocalDate quotedOn;

	private org.springframework.web.multipart.MultipartFile file;

	public org.springframework.web.multipart.MultipartFile getFile() {
		return this.file;
	}

	public void setFile(org.springframework.web.multipart.MultipartFile file) {
		this.file = file;
	}

	/** The uploaded quote document, or {@code null} when no file was chosen. */
	cn.houqin.supplies.domain.QuoteAttachment attachment() {
		if (this.file == null || this.file.isEmpty()) {
			return null;
		}
		try {
			return new cn.houqin.supplies.domain.QuoteAttachment(this.file.getOriginalFilename(),
					this.file.getContentType(), this.file.getBytes());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	boolean blank() {
		return this.itemId == null && this.quantity == null && (this.supplier == null || this.supplier.isBlank());
	}

	public Long getItemId() {
		return this.itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public String getSupplier() {
		return this.supplier;
	}

	public void setSupplier(String supplier) {
		this.supplier = supplier;
	}

	public java.time.LocalDate getQuotedOn() {
		return this.quotedOn;
	}

	public void setQuotedOn(java.time.LocalDate quotedOn) {
		this.quotedOn = quotedOn;
	}

}
