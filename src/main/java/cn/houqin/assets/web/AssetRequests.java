package cn.houqin.assets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.houqin.assets.domain.AssetDraft;
import cn.houqin.assets.domain.DisposalMethod;
import cn.houqin.assets.domain.AssetMovementKind;
import cn.houqin.assets.domain.MovementRequest;

/**
 * JSON bodies of the assets API.
 */
final class AssetRequests {

	private AssetRequests() {
	}

	record Create(String name, String categoryCode, String model, String serialNo, String supplier,
			BigDecimal originalValue, LocalDate purchaseDate, String fundingSource, Long unitId, Long custodianStaffId,
			String location) {

		AssetDraft toDraft(long unitId) {
			return new AssetDraft(this.name, this.categoryCode, this.model, this.serialNo, this.supplier,
					this.purchaseDate, this.originalValue, this.fundingSource, this.location, unitId,
					this.custodianStaffId, null);
		}

	}

	record Transfer(Long toStaffId, Long toUnitId, String toLocation, String note) {

		MovementRequest toRequest() {
			return new MovementRequest(AssetMovementKind.TRANSFER, this.toStaffId, this.toUnitId, this.toLocation, null,
					this.note);
		}

	}

	record Move(AssetMovementKind kind, Long toStaffId, Long toUnitId, String toLocation, LocalDate dueOn,
			String note) {

		MovementRequest toRequest() {
			return new MovementRequest(this.kind, this.toStaffId, this.toUnitId, this.toLocation, this.dueOn,
					this.note);
		}

	}

	record StartStocktake(String title, Long unitId, String location) {
	}

	record Confirm(Long assetId, String assetNo, String location) {
	}

	record Versioned(Long version) {

		long value() {
			return this.version == null ? -1 : this.version;
		}

	}

	record Dispose(List<Long> assetIds, DisposalMethod method, String reason, String appraisal, String earlyReason) {
	}

	record Complete(Long version, String authorityRef, BigDecimal proceeds, LocalDate completedOn) {
	}

}
