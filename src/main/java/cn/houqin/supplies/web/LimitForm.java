package cn.houqin.supplies.web;

import java.math.BigDecimal;

/**
 * The limits form: an item and its per-requisition and per-month quantities (either may
 * be left empty).
 */
class LimitForm {

	private Long itemId;

	private BigDecimal maxPerRequisition;

	private BigDecimal maxPerMonth;

	public Long getItemId() {
		return this.itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public BigDecimal getMaxPerRequisition() {
		return this.maxPerRequisition;
	}

	public void setMaxPerRequisition(BigDecimal maxPerRequisition) {
		this.maxPerRequisition = maxPerRequisition;
	}

	public BigDecimal getMaxPerMonth() {
		return this.maxPerMonth;
	}

	public void setMaxPerMonth(BigDecimal maxPerMonth) {
		this.maxPerMonth = maxPerMonth;
	}

}
