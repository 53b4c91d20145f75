package cn.houqin.org;

/**
 * A staff move (人员变动): transfer inside the tenant (调任) or departure (离任).
 */
public enum MoveKind {

	/** 调任 */
	TRANSFER,
	/** 离任 */
	DEPARTURE

}
