package cn.houqin.org;

/**
 * What other modules may know of a staff member.
 */
public record StaffSummary(long id, long tenantId, String employeeNo, String name, long unitId, String unitName,
		StaffStatus status) {

}
