package cn.houqin.conduct.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.houqin.shared.audit.Audited;

/**
 * An item of the offence catalogue (不良执业行为), by default the seed's 篇2 第七至十一条 and the
 * "other" item of 第十五条. Retired items stay on old records.
 */
@Entity
@Table(name = "con_offence")
@Audited("conduct.offence")
class Offence {

	/** Code of the item for other behaviour (篇2 第十五条). */
	static final String OTHER = "OTHER";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenant_id")
	private long tenantId;

	@Column(name = "item_code")
	private String code;

	private String article;

	private int points;

	@Column(name = "short_name")
	private String shortName;

	private String wording;

	private boolean other;

	private boolean retired;

	@Column(name = "sort_order")
	private int sortOrder;

	@Version
	private long version;

	protected Offence() {
	}

	Offence(long tenantId, String code, String article, int points, String shortName, String wording, int sortOrder) {
		this.tenantId = tenantId;
		this.code = code;
		this.article = article;
		this.points = points;
		this.shortName = shortName;
		this.wording = wording;
		this.sortOrder = sortOrder;
		this.other = OTHER.equals(code);
	}

	void edit(String article, int points, String shortName, String wording) {
		this.article = article;
		this.points = points;
		this.shortName = shortName;
		this.wording = wording;
	}

	/** This item as a tenant's own copy, e.g. of the seed catalogue. */
	Offence copyFor(long tenant) {
		Offence copy = new Offence(tenant, this.code, this.article, this.points, this.shortName, this.wording,
				this.sortOrder);
		copy.retired = this.retired;
		return copy;
	}

	long getTenantId() {
		return this.tenantId;
	}

	void retire() {
		this.retired = true;
	}

	void reinstate() {
		this.retired = false;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getArticle() {
		return this.article;
	}

	/** The value of one occurrence; for the "other" item the most that may be given. */
	int getPoints() {
		return this.points;
	}

	String getShortName() {
		return this.shortName;
	}

	String getWording() {
		return this.wording;
	}

	boolean isOther() {
		return this.other;
	}

	boolean isRetired() {
		return this.retired;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	long getVersion() {
		return this.version;
	}

}
