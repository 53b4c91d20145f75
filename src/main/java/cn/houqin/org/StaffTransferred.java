package cn.houqin.org;

import java.time.LocalDate;

/**
 * A staff member moved to another unit of the tenant, after every handover was done.
 */
public record StaffTransferred(long tenantId, long staffId, long fromUnitId, long toUnitId, LocalDate effectiveDate) {

}
