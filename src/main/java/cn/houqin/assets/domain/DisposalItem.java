package cn.houqin.assets.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One asset of a disposal, with its value when the request was made.
 */
@Embeddable
class DisposalItem {

	@Column(name = "asset_id")
	private long assetId;

	@Column(name = "original_value")
	private BigDecimal originalValue;

	@Column(name = "net_book_value")
	private BigDecimal netBookValue;

	protected DisposalItem() {
	}

	DisposalItem(long assetId, BigDecimal originalValue, BigDecimal netBookValue) {
		this.assetId = assetId;
		this.originalValue = originalValue;
		this.netBookValue = netBookValue;
	}

	long getAssetId() {
		return this.assetId;
	}

	BigDecimal getOriginalValue() {
		return this.originalValue;
	}

	BigDecimal getNetBookValue() {
		return this.netBookValue;
	}

}
