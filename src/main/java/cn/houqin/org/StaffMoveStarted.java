package cn.houqin.org;

import java.time.LocalDate;

/**
 * A transfer or departure was started; modules holding things in the staff member's care
 * start their handover (篇8 第八条: 调离时必须办理移交手续).
 */
public record StaffMoveStarted(long tenantId, long staffId, MoveKind kind, Long toUnitId, LocalDate effectiveDate) {

}
