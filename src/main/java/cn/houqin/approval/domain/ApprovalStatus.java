package cn.houqin.approval.domain;

/**
 * Where an approval stands.
 */
public enum ApprovalStatus {

	/** 审批中 */
	IN_PROGRESS,
	/** 已退回, waiting for the requester to resubmit */
	RETURNED,
	/** 已批准 */
	APPROVED,
	/** 已驳回 */
	REJECTED

}
