package cn.houqin.shared.security;

/**
 * How far a role grant reaches (数据范围).
 */
public enum ScopeType {

	/** Only records the user owns. 本人 */
	OWN,
	/** The user's own org unit. 本单位/部门 */
	UNIT,
	/** The user's own org unit and every unit below it. 本部门及以下 */
	UNIT_AND_BELOW,
	/** A chosen set of units and everything below them. 指定部门 */
	CHOSEN_UNITS,
	/** The whole tenant. 全部 */
	TENANT

}
