package cn.houqin.org.domain;

/**
 * Kind of org unit: 单位 → 部门/科室/站所 → 班组.
 */
public enum UnitType {

	/** 单位 */
	INSTITUTION,
	/** 部门 */
	DEPARTMENT,
	/** 科室 */
	SECTION,
	/** 站所 */
	STATION,
	/** 班组 */
	TEAM

}
