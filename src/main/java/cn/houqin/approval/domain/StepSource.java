package cn.houqin.approval.domain;

/**
 * Where the holder of a step's role is looked for.
 */
public enum StepSource {

	/** The requesting unit itself. 申请单位 */
	REQUESTER_UNIT,
	/** The requesting unit, then each ancestor up to the root, nearest first. 逐级向上 */
	NEAREST_ANCESTOR_WITH_HOLDER,
	/** One named unit (e.g. 党政办). 指定单位 */
	FIXED_UNIT

}
