package cn.houqin.org.web;

import cn.houqin.org.domain.OrgUnit;
import cn.houqin.org.domain.UnitType;

/**
 * An org unit as the detail panel shows it.
 */
record UnitView(long id, Long parentId, String code, String name, UnitType type, boolean active, Long headStaffId,
		String headName) {

	static UnitView of(OrgUnit unit, String headName) {
		return new UnitView(unit.getId(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getType(),
				unit.isActive(), unit.getHeadStaffId(), headName);
	}

}
