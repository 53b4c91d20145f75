package cn.houqin.org.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.NewUnit;
import cn.houqin.org.domain.UnitType;

/**
 * API body creating an org unit below {@code parentId} (a root needs tenant-wide scope).
 */
record UnitRequest(Long parentId, @NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String name,
		@NotNull UnitType type, @Min(0) @Max(9999) Integer sortOrder) {

	NewUnit toCommand() {
		return new NewUnit(this.parentId, this.code, this.name, this.type, this.sortOrder == null ? 0 : this.sortOrder);
	}

}
