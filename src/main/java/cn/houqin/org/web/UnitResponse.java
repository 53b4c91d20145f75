package cn.houqin.org.web;

import cn.houqin.org.domain.UnitView;
import cn.houqin.org.domain.UnitType;

/**
 * One org unit in the API.
 */
record UnitResponse(long id, Long parentId, String code, String name, UnitType type, boolean active, Long headStaffId) {

	static UnitResponse of(UnitView unit) {
		return new UnitResponse(unit.id(), unit.parentId(), unit.code(), unit.name(), unit.type(), unit.active(),
				unit.headStaffId());
	}

}
