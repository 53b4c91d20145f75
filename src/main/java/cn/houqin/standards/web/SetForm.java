package cn.houqin.standards.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.standards.domain.SetTerms;
import cn.houqin.standards.domain.SetView;

/**
 * The form of a tenant's own standard set (a local document such as a province's
 * reception rules).
 */
public class SetForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 64, message = "{validation.tooLong}")
	@Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "{standards.validation.code}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@Size(max = 100, message = "{validation.tooLong}")
	private String documentNo;

	@Size(max = 200, message = "{validation.tooLong}")
	private String issuer;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String sourceText;

	private boolean verify;

	private Long version;

	static SetForm of(SetView set) {
		SetForm form = new SetForm();
		form.code = set.code();
		form.title = set.title();
		form.documentNo = set.documentNo();
		form.issuer = set.issuer();
		form.effectiveOn = set.effectiveOn();
		form.sourceText = set.sourceText();
		form.verify = set.verify();
		form.version = set.version();
		return form;
	}

	SetTerms toTerms() {
		return new SetTerms(this.title, this.documentNo, this.issuer, this.effectiveOn, this.sourceText, this.verify);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDocumentNo() {
		return this.documentNo;
	}

	public void setDocumentNo(String documentNo) {
		this.documentNo = documentNo;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getSourceText() {
		return this.sourceText;
	}

	public void setSourceText(String sourceText) {
		this.sourceText = sourceText;
	}

	public boolean isVerify() {
		return this.verify;
	}

	public void setVerify(boolean verify) {
		this.verify = verify;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
