package cn.houqin.access.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Create a personal API token.
 */
class TokenForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@Min(1)
	@Max(3650)
	private Integer validDays = 90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getValidDays() {
		return this.validDays;
	}

	public void setValidDays(Integer validDays) {
		this.validDays = validDays;
	}

}
