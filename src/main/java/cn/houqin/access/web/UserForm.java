package cn.houqin.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.houqin.access.domain.NewUser;
import cn.houqin.access.domain.RoleAssignment;
import cn.houqin.access.domain.UserRow;
import cn.houqin.shared.security.ScopeType;

/**
 * Create or edit a user with role rows, each with a data scope.
 */
public class UserForm {

	@NotBlank
	@Size(max = 64)
	@Pattern(regexp = "[A-Za-z0-9._-]+", message = "{access.user.error.usernameChars}")
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@Size(max = 100)
	private String password;

	@Size(max = 32)
	private String staffEmployeeNo;

	private boolean enabled = true;

	private long version;

	@Valid
	private List<RoleRow> roles = new ArrayList<>();

	static UserForm of(UserRow user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.staffEmployeeNo = user.staffEmployeeNo();
		form.enabled = user.enabled();
		form.version = user.version();
		user.roles().forEach(r -> form.roles.add(new RoleRow(r.roleId(), r.scopeType(), List.copyOf(r.unitIds()))));
		return form;
	}

	NewUser toCommand(Long staffId) {
		return new NewUser(this.username, this.displayName, this.password, staffId, this.enabled,
				this.roles.stream()
					.filter(r -> r.getRoleId() != null)
					.map(r -> new RoleAssignment(r.getRoleId(), r.getScopeType(),
							r.getUnitIds() == null ? Set.of() : Set.copyOf(r.getUnitIds())))
					.toList());
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getStaffEmployeeNo() {
		return this.staffEmployeeNo;
	}

	public void setStaffEmployeeNo(String staffEmployeeNo) {
		this.staffEmployeeNo = staffEmployeeNo;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<RoleRow> getRoles() {
		return this.roles;
	}

	public void setRoles(List<RoleRow> roles) {
		this.roles = roles;
	}

	/**
	 * One role of the user with its scope.
	 */
	public static class RoleRow {

		private Long roleId;

		@NotNull
		private ScopeType scopeType = ScopeType.UNIT_AND_BELOW;

		private List<Long> unitIds = new ArrayList<>();

		public RoleRow() {
		}

		RoleRow(Long roleId, ScopeType scopeType, List<Long> unitIds) {
			this.roleId = roleId;
			this.scopeType = scopeType;
			this.unitIds = new ArrayList<>(unitIds);
		}

		public Long getRoleId() {
			return this.roleId;
		}

		public void setRoleId(Long roleId) {
			this.roleId = roleId;
		}

		public ScopeType getScopeType() {
			return this.scopeType;
		}

		public void setScopeType(ScopeType scopeType) {
			this.scopeType = scopeType;
		}

		public List<Long> getUnitIds() {
			return this.unitIds;
		}

		public void setUnitIds(List<Long> unitIds) {
			this.unitIds = unitIds;
		}

	}

}
