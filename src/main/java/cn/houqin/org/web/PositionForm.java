package cn.houqin.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.NewPosition;
import cn.houqin.org.domain.PositionView;
import cn.houqin.org.domain.StaffCategory;

/**
 * The position form (new and edit).
 */
public class PositionForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 64, message = "{org.validation.tooLong}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{org.validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private StaffCategory category;

	private Long version;

	static PositionForm of(PositionView position) {
		PositionForm form = new PositionForm();
		form.code = position.code();
		form.name = position.name();
		form.category = position.category();
		form.version = position.version();
		return form;
	}

	NewPosition toCommand() {
		return new NewPosition(this.code, this.name, this.category);
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

	public StaffCategory getCategory() {
		return this.category;
	}

	public void setCategory(StaffCategory category) {
		this.category = category;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
