package cn.houqin.org.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit in the visible tree, with its children.
 */
public record UnitNode(long id, Long parentId, String code, String name, UnitType type, boolean active,
		Long headStaffId, List<UnitNode> children) {

	UnitNode(OrgUnit unit) {
		this(unit.getId(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getType(), unit.isActive(),
				unit.getHeadStaffId(), new ArrayList<>());
	}

}
