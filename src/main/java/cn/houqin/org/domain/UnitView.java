package cn.houqin.org.domain;

/**
 * An org unit as pages and the API show it.
 */
public record UnitView(long id, long version, Long parentId, String code, String name, UnitType type, Long headStaffId,
		boolean active, int sortOrder) {

	static UnitView of(OrgUnit unit) {
		return new UnitView(unit.getId(), unit.getVersion(), unit.getParentId(), unit.getCode(), unit.getName(),
				unit.getType(), unit.getHeadStaffId(), unit.isActive(), unit.getSortOrder());
	}

}
