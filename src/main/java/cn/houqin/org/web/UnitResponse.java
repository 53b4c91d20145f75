package cn.houqin.org.web;

import cn.houqin.org.domain.OrgUnit;
import cn.houqin.org.domain.UnitType;

/**
 * One org unit in the API.
 */
record UnitResponse(long id, Long parentId, String code, String name, UnitType type, boolean active, Long headStaffId) {

	static UnitResponse of(OrgUnit unit) {
		return new UnitResponse(unit.getId(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getType(),
				unit.isActive(), unit.getHeadStaffId());
	}

}
