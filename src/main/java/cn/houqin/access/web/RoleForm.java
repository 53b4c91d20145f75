package cn.houqin.access.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.houqin.access.domain.RoleView;

/**
 * Create or edit a role: code (new roles only), name and permission codes.
 */
public class RoleForm {

	@NotBlank
	@Size(max = 64)
	@Pattern(regexp = "[a-z0-9-]+", message = "{access.role.error.codeChars}")
	private String code;

	@NotBlank
	@Size(max = 100)
	private String name;

	private Set<String> permissions = new HashSet<>();

	private long version;

	static RoleForm of(RoleView role) {
		RoleForm form = new RoleForm();
		form.code = role.code();
		form.name = role.name();
		form.permissions = new HashSet<>(role.permissions());
		form.version = role.version();
		return form;
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

	public Set<String> getPermissions() {
		return this.permissions;
	}

	public void setPermissions(Set<String> permissions) {
		this.permissions = permissions == null ? new HashSet<>() : permissions;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
