package cn.houqin.assets.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A movement as the card's history and the confirmation list show it.
 *
 * @param id the movement
 * @param assetId the asset
 * @param assetNo its number
 * @param assetName its name
 * @param kind what kind of movement
 * @param state pending, confirmed, refused or cancelled
 * @param fromStaffName the custodian before, or {@code null}
 * @param toStaffId the receiver, or {@code null}
 * @param toStaffName the receiver's name, or {@code null}
 * @param fromUnitName the owning unit before
 * @param toUnitName the owning unit after, or {@code null} when unchanged
 * @param fromLocation the location before
 * @param toLocation the location after, or {@code null} when unchanged
 * @param dueOn the return date of a loan, or {@code null}
 * @param note a note, or {@code null}
 * @param requestedAt when it was asked for
 * @param decidedAt when it was confirmed or refused, or {@code null}
 */
public record AssetMovementView(long id, long assetId, String assetNo, String assetName, AssetMovementKind kind,
		MovementState state, String fromStaffName, Long toStaffId, String toStaffName, String fromUnitName,
		String toUnitName, String fromLocation, String toLocation, LocalDate dueOn, String note, Instant requestedAt,
		Instant decidedAt) {

	public boolean pending() {
		return this.state == MovementState.PENDING;
	}

}
