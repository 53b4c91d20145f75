package cn.houqin.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.NewPosition;
import cn.houqin.org.domain.StaffCategory;

/**
 * API body creating a position; a code or name already used in the tenant is refused
 * (422).
 */
record PositionRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String name,
		@NotNull StaffCategory category) {

	NewPosition toCommand() {
		return new NewPosition(this.code, this.name, this.category);
	}

}
