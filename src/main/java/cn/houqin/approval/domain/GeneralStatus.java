package cn.houqin.approval.domain;

/**
 * Where a general request (通用审批事项) stands, as its approval reports it.
 */
public enum GeneralStatus {

	IN_APPROVAL, RETURNED, APPROVED, REJECTED

}
