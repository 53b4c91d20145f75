package cn.houqin.access.domain;

import java.util.Set;

/**
 * The roles every tenant starts with (PRODUCT.md "Who uses it"), with their default
 * permissions. Administrators may change a role's permissions afterwards; the changes are
 * audited.
 */
public enum BuiltInRole {

	ADMIN("admin", "系统管理员",
			Set.of("org.unit.view", "org.unit.manage", "org.staff.view", "org.staff.manage", "org.staff.move",
					"org.staff.import", "org.staff.export", "access.user.view", "access.user.manage",
					"access.role.manage", "audit.trail.view", "audit.trail.verify", "standards.manage")),
	STAFF("staff", "职工", Set.of("org.unit.view", "org.staff.view")),
	DEPT_HEAD("dept-head", "科室负责人", Set.of("org.unit.view", "org.staff.view", "org.staff.export")),
	LOGISTICS("logistics", "后勤干部", Set.of("org.unit.view", "org.staff.view", "org.staff.export")),
	LOGISTICS_HEAD("logistics-head", "后勤主管领导",
			Set.of("org.unit.view", "org.staff.view", "org.staff.export", "standards.manage")),
	UNIT_HEAD("unit-head", "单位负责人",
			Set.of("org.unit.view", "org.unit.manage", "org.staff.view", "org.staff.manage", "org.staff.move",
					"org.staff.import", "org.staff.export")),
	COMMITTEE("committee", "领导班子", Set.of("org.unit.view", "org.staff.view")),
	ASSET_KEEPER("asset-keeper", "资产管理员", Set.of("org.unit.view", "org.staff.view")),
	DISPATCHER("dispatcher", "车管员", Set.of("org.unit.view", "org.staff.view")),
	DRIVER("driver", "司机", Set.of("org.unit.view", "org.staff.view")),
	TECHNICIAN("technician", "维修工", Set.of("org.unit.view", "org.staff.view")),
	CONDUCT_OFFICE("conduct-office", "积分管理办公室", Set.of("org.unit.view", "org.staff.view")),
	FINANCE("finance", "财务", Set.of("org.unit.view", "org.staff.view", "org.staff.export")),
	AUDITOR("auditor", "纪检审计", Set.of("org.unit.view", "org.staff.view", "org.staff.export", "access.user.view",
			"audit.trail.view", "audit.trail.verify"));

	private final String code;

	private final String defaultName;

	private final Set<String> permissions;

	BuiltInRole(String code, String defaultName, Set<String> permissions) {
		this.code = code;
		this.defaultName = defaultName;
		this.permissions = permissions;
	}

	/** The name a new tenant's role gets; tenants may rename it. */
	public String defaultName() {
		return this.defaultName;
	}

	public String code() {
		return this.code;
	}

	public Set<String> permissions() {
		return this.permissions;
	}

}
