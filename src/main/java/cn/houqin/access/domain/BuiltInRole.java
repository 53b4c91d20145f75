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
					"access.role.manage", "audit.trail.view", "audit.trail.verify", "standards.manage",
					"calendar.manage", "approval.policy.manage", "approval.report.view", "approval.request.create")),
	STAFF("staff", "职工", Set.of("org.unit.view", "org.staff.view", "approval.request.create")),
	DEPT_HEAD("dept-head", "科室负责人",
			Set.of("org.unit.view", "org.staff.view", "org.staff.export", "approval.request.create",
					"approval.task.act")),
	LOGISTICS("logistics", "后勤干部",
			Set.of("org.unit.view", "org.staff.view", "org.staff.export", "approval.request.create")),
	LOGISTICS_HEAD("logistics-head", "后勤主管领导",
			Set.of("org.unit.view", "org.staff.view", "org.staff.export", "standards.manage", "approval.request.create",
					"approval.task.act")),
	UNIT_HEAD("unit-head", "单位负责人",
			Set.of("org.unit.view", "org.unit.manage", "org.staff.view", "org.staff.manage", "org.staff.move",
					"org.staff.import", "org.staff.export", "approval.request.create", "approval.task.act")),
	COMMITTEE("committee", "领导班子",
			Set.of("org.unit.view", "org.staff.view", "approval.request.create", "approval.task.act")),
	ASSET_KEEPER("asset-keeper", "资产管理员", Set.of("org.unit.view", "org.staff.view", "approval.request.create")),
	DISPATCHER("dispatcher", "车管员", Set.of("org.unit.view", "org.staff.view", "approval.request.create")),
	DRIVER("driver", "司机", Set.of("org.unit.view", "org.staff.view")),
	TECHNICIAN("technician", "维修工", Set.of("org.unit.view", "org.staff.view", "approval.request.create")),
	CONDUCT_OFFICE("conduct-office", "积分管理办公室", Set.of("org.unit.view", "org.staff.view", "approval.request.create")),
	FINANCE("finance", "财务", Set.of("org.unit.view", "org.staff.view", "org.staff.export", "approval.request.create")),
	AUDITOR("auditor", "纪检审计", Set.of("org.unit.view", "org.staff.view", "org.staff.export", "access.user.view",
			"audit.trail.view", "audit.trail.verify", "approval.report.view"));

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
