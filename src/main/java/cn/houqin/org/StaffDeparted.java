package cn.houqin.org;

import java.time.LocalDate;

/**
 * A staff member left (调离/离职/退休), after every handover was done.
 */
public record StaffDeparted(long tenantId, long staffId, long unitId, StaffStatus status, LocalDate effectiveDate) {

}
