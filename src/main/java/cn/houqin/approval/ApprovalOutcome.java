package cn.houqin.approval;

/**
 * How an approval ended.
 */
public enum ApprovalOutcome {

	APPROVED, REJECTED

}
