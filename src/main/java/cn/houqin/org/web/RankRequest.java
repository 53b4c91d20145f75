package cn.houqin.org.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.NewRank;

/**
 * API body creating a rank at a place in the rank order; a code or name already used in
 * the tenant is refused (422).
 */
record RankRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 100) String name,
		@NotNull @Min(0) @Max(9999) Integer sortOrder) {

	NewRank toCommand() {
		return new NewRank(this.code, this.name, this.sortOrder);
	}

}
