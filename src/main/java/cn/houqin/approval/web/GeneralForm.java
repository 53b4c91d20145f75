package cn.houqin.approval.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.approval.domain.GeneralDraft;
import cn.houqin.approval.domain.GeneralRequestView;

/**
 * The general request form (通用审批事项).
 */
class GeneralForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal amount;

	@NotBlank
	@Size(max = 2000)
	private String reason;

	@Size(max = 100)
	private String category;

	private Long version;

	static GeneralForm of(GeneralRequestView view) {
		GeneralForm form = new GeneralForm();
		form.title = view.title();
		form.amount = view.amount();
		form.reason = view.reason();
		form.category = view.category();
		form.version = view.version();
		return form;
	}

	GeneralDraft toDraft() {
		return new GeneralDraft(this.title, this.amount, this.reason, this.category);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
