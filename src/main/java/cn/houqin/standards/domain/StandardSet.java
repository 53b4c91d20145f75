package cn.houqin.standards.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A standard set (标准依据): one dated, cited document whose rules a request is checked
 * against, e.g. 党政机关公务用车管理办法（中办发〔2017〕71号）. Sets of tenant {@link #NATIONAL} are the
 * national defaults every tenant sees; a tenant adds its own (a province's reception
 * rules, a unit's disposal thresholds).
 */
@Entity
@Table(name = "std_set")
@Audited("standards.set")
class StandardSet extends Aggregate<StandardSet> {

	/**
	 * The owner of the national defaults shipped by migrations, visible to every tenant.
	 */
	static final long NATIONAL = 0L;

	private String code;

	private String title;

	@Column(name = "document_no")
	private String documentNo;

	private String issuer;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(name = "source_text")
	private String sourceText;

	private boolean verify;

	protected StandardSet() {
	}

	StandardSet(long tenantId, String code, SetTerms terms) {
		super(tenantId);
		this.code = code;
		revise(terms);
	}

	void revise(SetTerms terms) {
		this.title = terms.title();
		this.documentNo = terms.documentNo();
		this.issuer = terms.issuer();
		this.effectiveOn = terms.effectiveOn();
		this.sourceText = terms.sourceText();
		this.verify = terms.verify();
	}

	boolean isNational() {
		return getTenantId() == NATIONAL;
	}

	/** How findings cite the set: title（document number）. */
	String citation() {
		return (this.documentNo == null || this.documentNo.isBlank()) ? this.title
				: this.title + "（" + this.documentNo + "）";
	}

	String getCode() {
		return this.code;
	}

	String getTitle() {
		return this.title;
	}

	String getDocumentNo() {
		return this.documentNo;
	}

	String getIssuer() {
		return this.issuer;
	}

	LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	String getSourceText() {
		return this.sourceText;
	}

	boolean isVerify() {
		return this.verify;
	}

}
