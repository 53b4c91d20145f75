package cn.houqin.assets.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A stocktake (资产清点) of a unit or a location: its book list is frozen when it starts;
 * people confirm assets by scanning or ticking; closing lists the variances; posting
 * (after approval) brings the register in line with what was found.
 */
@Entity
@Table(name = "ast_stocktake")
@Audited("assets.stocktake")
class AssetStocktake extends Aggregate<AssetStocktake> {

	private String title;

	@Column(name = "unit_id")
	private Long unitId;

	private String location;

	@Enumerated(EnumType.STRING)
	private AssetStocktakeStatus status;

	@Column(name = "started_on")
	private LocalDate startedOn;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "posted_at")
	private Instant postedAt;

	@Column(name = "posted_by_user_id")
	private Long postedByUserId;

	protected AssetStocktake() {
	}

	AssetStocktake(long tenantId, String title, Long unitId, String location, LocalDate startedOn) {
		super(tenantId);
		if (unitId == null && (location == null || location.isBlank())) {
			throw new BusinessRuleException("unitId", "assets.stocktake.error.scope");
		}
		this.title = title.trim();
		this.unitId = unitId;
		this.location = location == null || location.isBlank() ? null : location.trim();
		this.status = AssetStocktakeStatus.OPEN;
		this.startedOn = startedOn;
	}

	void requireOpen() {
		if (this.status != AssetStocktakeStatus.OPEN) {
			throw new BusinessRuleException("assets.stocktake.error.notOpen");
		}
	}

	void close() {
		requireOpen();
		this.status = AssetStocktakeStatus.CLOSED;
		this.closedAt = Instant.now();
	}

	void post(long userId) {
		if (this.status != AssetStocktakeStatus.CLOSED) {
			throw new BusinessRuleException("assets.stocktake.error.notClosed");
		}
		this.status = AssetStocktakeStatus.POSTED;
		this.postedAt = Instant.now();
		this.postedByUserId = userId;
	}

	String getTitle() {
		return this.title;
	}

	Long getUnitId() {
		return this.unitId;
	}

	String getLocation() {
		return this.location;
	}

	AssetStocktakeStatus getStatus() {
		return this.status;
	}

	LocalDate getStartedOn() {
		return this.startedOn;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	Instant getPostedAt() {
		return this.postedAt;
	}

}
