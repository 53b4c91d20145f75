package cn.houqin.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.org.domain.EmploymentType;
import cn.houqin.org.domain.Gender;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.org.domain.StaffDetails;
import cn.houqin.org.domain.StaffRow;

/**
 * The staff member form (new and edit). On edit the ID-card number may stay blank to keep
 * the stored one; the masked number is shown instead.
 */
public class StaffForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 32, message = "{org.validation.tooLong}")
	private String employeeNo;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{org.validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private Gender gender;

	@Size(max = 18, message = "{org.validation.tooLong}")
	private String idCardNumber;

	@Pattern(regexp = "(1\\d{10})?", message = "{org.staff.error.mobile}")
	private String mobile;

	@NotNull(message = "{validation.required}")
	private Long unitId;

	private Long positionId;

	private Long rankId;

	@NotNull(message = "{validation.required}")
	private StaffCategory category;

	@NotNull(message = "{validation.required}")
	private EmploymentType employmentType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate hireDate;

	private Long version;

	private String idCardMasked;

	static StaffForm of(StaffRow row) {
		StaffForm form = new StaffForm();
		form.employeeNo = row.employeeNo();
		form.name = row.name();
		form.gender = row.gender();
		form.mobile = row.mobile();
		form.unitId = row.unitId();
		form.positionId = row.positionId();
		form.rankId = row.rankId();
		form.category = row.category();
		form.employmentType = row.employmentType();
		form.hireDate = row.hireDate();
		form.version = row.version();
		form.idCardMasked = row.idCardMasked();
		return form;
	}

	StaffDetails toDetails() {
		return new StaffDetails(this.employeeNo, this.name, this.gender, blankToNull(this.idCardNumber),
				blankToNull(this.mobile), this.unitId, this.positionId, this.rankId, this.category, this.employmentType,
				this.hireDate);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public String getEmployeeNo() {
		return this.employeeNo;
	}

	public void setEmployeeNo(String employeeNo) {
		this.employeeNo = employeeNo;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public String getIdCardNumber() {
		return this.idCardNumber;
	}

	public void setIdCardNumber(String idCardNumber) {
		this.idCardNumber = idCardNumber;
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getPositionId() {
		return this.positionId;
	}

	public void setPositionId(Long positionId) {
		this.positionId = positionId;
	}

	public Long getRankId() {
		return this.rankId;
	}

	public void setRankId(Long rankId) {
		this.rankId = rankId;
	}

	public StaffCategory getCategory() {
		return this.category;
	}

	public void setCategory(StaffCategory category) {
		this.category = category;
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(EmploymentType employmentType) {
		this.employmentType = employmentType;
	}

	public LocalDate getHireDate() {
		return this.hireDate;
	}

	public void setHireDate(LocalDate hireDate) {
		this.hireDate = hireDate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getIdCardMasked() {
		return this.idCardMasked;
	}

	public void setIdCardMasked(String idCardMasked) {
		this.idCardMasked = idCardMasked;
	}

}
