package cn.houqin.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.EmploymentType;
import cn.houqin.org.domain.Gender;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.org.domain.StaffDetails;

/**
 * API body registering a staff member. The ID-card number is checked (shape here, check
 * character and uniqueness by the domain: 422).
 */
record StaffRequest(@NotBlank @Size(max = 32) String employeeNo, @NotBlank @Size(max = 100) String name,
		@NotNull Gender gender, @Pattern(regexp = "\\d{17}[\\dXx]") String idCardNumber,
		@Pattern(regexp = "1\\d{10}") String mobile, @NotNull Long unitId, Long positionId, Long rankId,
		@NotNull StaffCategory category, @NotNull EmploymentType employmentType, LocalDate hireDate) {

	StaffDetails toDetails() {
		return new StaffDetails(this.employeeNo, this.name, this.gender, this.idCardNumber, this.mobile, this.unitId,
				this.positionId, this.rankId, this.category, this.employmentType, this.hireDate);
	}

}
