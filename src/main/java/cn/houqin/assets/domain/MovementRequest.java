package cn.houqin.assets.domain;

import java.time.LocalDate;

/**
 * Command: move an asset.
 *
 * @param kind what kind of movement
 * @param toStaffId the receiving person (assign, transfer, lend, handover)
 * @param toUnitId the receiving unit, or {@code null} for the receiver's unit
 * @param toLocation the new location, or {@code null}
 * @param dueOn the return date of a loan
 * @param note a note, or {@code null}
 */
public record MovementRequest(AssetMovementKind kind, Long toStaffId, Long toUnitId, String toLocation, LocalDate dueOn,
		String note) {

}
