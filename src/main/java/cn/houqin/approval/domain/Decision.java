package cn.houqin.approval.domain;

/**
 * What an approver does with a task.
 */
public enum Decision {

	/** 同意 */
	APPROVE,
	/** 驳回: the document ends */
	REJECT,
	/** 退回修改: the requester edits and resubmits */
	RETURN

}
