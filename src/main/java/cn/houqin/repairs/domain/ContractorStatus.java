package cn.houqin.repairs.domain;

/**
 * Whether an outside contractor's cost needed and got approval.
 */
public enum ContractorStatus {

	NOT_REQUIRED, PENDING, APPROVED, REJECTED

}
