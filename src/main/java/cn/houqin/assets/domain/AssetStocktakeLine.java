package cn.houqin.assets.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * One asset of a stocktake: as the frozen books had it, and what counting found. Kept
 * apart from the stocktake so that several people can scan at once.
 */
@Entity
@Table(name = "ast_stocktake_line")
@Audited("assets.stocktakeLine")
class AssetStocktakeLine extends Aggregate<AssetStocktakeLine> {

	@Column(name = "stocktake_id")
	private long stocktakeId;

	@Column(name = "asset_id")
	private long assetId;

	@Column(name = "book_listed")
	private boolean bookListed;

	@Column(name = "book_location")
	private String bookLocation;

	@Column(name = "book_custodian_staff_id")
	private Long bookCustodianStaffId;

	@Enumerated(EnumType.STRING)
	private LineResult result;

	@Column(name = "found_location")
	private String foundLocation;

	@Column(name = "checked_by_user_id")
	private Long checkedByUserId;

	@Column(name = "checked_at")
	private Instant checkedAt;

	protected AssetStocktakeLine() {
	}

	/** A line of the frozen book list. */
	AssetStocktakeLine(long tenantId, long stocktakeId, Asset asset) {
		super(tenantId);
		this.stocktakeId = stocktakeId;
		this.assetId = asset.getId();
		this.bookListed = true;
		this.bookLocation = asset.getLocation();
		this.bookCustodianStaffId = asset.getCustodianStaffId();
		this.result = LineResult.UNCHECKED;
	}

	/** An asset found though the book list did not have it. */
	static AssetStocktakeLine surplus(long tenantId, long stocktakeId, Asset asset, String foundLocation, long userId) {
		AssetStocktakeLine line = new AssetStocktakeLine(tenantId, stocktakeId, asset);
		line.bookListed = false;
		line.result = LineResult.SURPLUS;
		line.foundLocation = foundLocation;
		line.checkedByUserId = userId;
		line.checkedAt = Instant.now();
		return line;
	}

	/** Confirms presence: where the books say, or somewhere else. */
	void confirm(String location, long userId) {
		String found = location == null || location.isBlank() ? null : location.trim();
		this.foundLocation = found == null ? this.bookLocation : found;
		if (this.bookListed) {
			this.result = found == null || found.equals(this.bookLocation) ? LineResult.FOUND : LineResult.MISLOCATED;
		}
		this.checkedByUserId = userId;
		this.checkedAt = Instant.now();
	}

	void closeUnchecked() {
		if (this.result == LineResult.UNCHECKED) {
			this.result = LineResult.MISSING;
		}
	}

	long getStocktakeId() {
		return this.stocktakeId;
	}

	long getAssetId() {
		return this.assetId;
	}

	boolean isBookListed() {
		return this.bookListed;
	}

	String getBookLocation() {
		return this.bookLocation;
	}

	Long getBookCustodianStaffId() {
		return this.bookCustodianStaffId;
	}

	LineResult getResult() {
		return this.result;
	}

	String getFoundLocation() {
		return this.foundLocation;
	}

	Instant getCheckedAt() {
		return this.checkedAt;
	}

}
