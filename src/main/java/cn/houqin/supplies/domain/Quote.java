package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A supplier's quote (货比三家, 篇8 第三条) for the whole request.
 */
@Embeddable
class Quote {

	private String supplier;

	private BigDecimal amount;

	private LocalDate quotedOn;

	private String attachment;

	protected Quote() {
	}

	Quote(String supplier, BigDecimal amount, LocalDate quotedOn, String attachment) {
		this.supplier = supplier;
		this.amount = Money.of(amount);
		this.quotedOn = quotedOn;
		this.attachment = attachment;
	}

	String getSupplier() {
		return this.supplier;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	LocalDate getQuotedOn() {
		return this.quotedOn;
	}

	String getAttachment() {
		return this.attachment;
	}

}
