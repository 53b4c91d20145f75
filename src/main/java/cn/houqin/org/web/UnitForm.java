package cn.houqin.org.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.NewUnit;
import cn.houqin.org.domain.UnitType;
import cn.houqin.org.domain.UnitView;

/**
 * The org-unit form (new and edit, including the move to another parent).
 */
public class UnitForm {

	private Long parentId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 64, message = "{org.validation.tooLong}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{org.validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private UnitType type;

	@Min(value = 0, message = "{org.unit.error.sortOrder}")
	@Max(value = 9999, message = "{org.unit.error.sortOrder}")
	private int sortOrder;

	private Long version;

	static UnitForm of(UnitView unit) {
		UnitForm form = new UnitForm();
		form.parentId = unit.parentId();
		form.code = unit.code();
		form.name = unit.name();
		form.type = unit.type();
		form.sortOrder = unit.sortOrder();
		form.version = unit.version();
		return form;
	}

	NewUnit toCommand() {
		return new NewUnit(this.parentId, this.code, this.name, this.type, this.sortOrder);
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitType getType() {
		return this.type;
	}

	public void setType(UnitType type) {
		this.type = type;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
