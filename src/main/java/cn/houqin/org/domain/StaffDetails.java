package cn.houqin.org.domain;

import java.time.LocalDate;

/**
 * The editable details of a staff member, as a command. The ID-card number is optional on
 * update (blank keeps the stored one).
 */
public record StaffDetails(String employeeNo, String name, Gender gender, String idCardNumber, String mobile,
		long unitId, Long positionId, Long rankId, StaffCategory category, EmploymentType employmentType,
		LocalDate hireDate) {

}
