package cn.houqin.supplies.domain;

/**
 * Where a purchase request (采购申请) stands. Only approved requests may be ordered and only
 * ordered ones received; anything bought otherwise is not reimbursable (篇8 第一条: 否则概不报销).
 */
public enum PurchaseStatus {

	IN_APPROVAL, RETURNED, REJECTED, APPROVED, ORDERED, PARTIALLY_RECEIVED, RECEIVED;

	/** Whether spending against the request may be reimbursed. */
	public boolean reimbursable() {
		return this == APPROVED || this == ORDERED || this == PARTIALLY_RECEIVED || this == RECEIVED;
	}

}
