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
