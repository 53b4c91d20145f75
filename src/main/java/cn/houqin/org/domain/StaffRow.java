package cn.houqin.org.domain;

import java.time.LocalDate;

import cn.houqin.org.MoveKind;
import cn.houqin.org.StaffStatus;

/**
 * A staff member as lists, detail pages and the API show them: names resolved, ID card
 * masked.
 */
public record StaffRow(long id, long version, String employeeNo, String name, Gender gender, String idCardMasked,
		String mobile, long unitId, String unitName, Long positionId, String positionName, Long rankId, String rankName,
		StaffCategory category, EmploymentType employmentType, LocalDate hireDate, StaffStatus status,
		MoveKind pendingMove, Long moveToUnitId, StaffStatus moveExitStatus, LocalDate moveEffectiveDate,
		String moveReason) {

}
