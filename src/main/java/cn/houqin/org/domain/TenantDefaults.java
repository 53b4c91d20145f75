package cn.houqin.org.domain;

import java.util.List;

/**
 * Reference data every tenant starts with: the national civil-service ranks (职级) and
 * common positions (岗位). Both are editable afterwards.
 */
final class TenantDefaults {

	private TenantDefaults() {
	}

	static List<Rank> ranks(long tenantId) {
		String[] names = { "正部级", "副部级", "正厅(局)级", "副厅(局)级", "正处级", "副处级", "正科级", "副科级", "科员及以下" };
		return java.util.stream.IntStream.range(0, names.length)
			.mapToObj(i -> new Rank(tenantId, "R%02d".formatted(i + 1), names[i], i + 1))
			.toList();
	}

	static List<Position> positions(long tenantId) {
		return List.of(new Position(tenantId, "LEADER", "单位领导", StaffCategory.ADMINISTRATIVE),
				new Position(tenantId, "CLERK", "科员", StaffCategory.ADMINISTRATIVE),
				new Position(tenantId, "LOGISTICS", "后勤管理员", StaffCategory.LOGISTICS),
				new Position(tenantId, "ASSET", "资产管理员", StaffCategory.LOGISTICS),
				new Position(tenantId, "ACCOUNTANT", "会计", StaffCategory.PROFESSIONAL),
				new Position(tenantId, "DOCTOR", "医师", StaffCategory.PROFESSIONAL),
				new Position(tenantId, "NURSE", "护士", StaffCategory.PROFESSIONAL),
				new Position(tenantId, "TEACHER", "教师", StaffCategory.PROFESSIONAL),
				new Position(tenantId, "TECHNICIAN", "维修工", StaffCategory.WORKER),
				new Position(tenantId, "DRIVER", "驾驶员", StaffCategory.WORKER),
				new Position(tenantId, "DISPATCHER", "车管员", StaffCategory.LOGISTICS),
				new Position(tenantId, "GUARD", "保卫干事", StaffCategory.WORKER));
	}

}
