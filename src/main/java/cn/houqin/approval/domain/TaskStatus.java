package cn.houqin.approval.domain;

/**
 * A step of a route: waiting for earlier steps, open for its approver, decided, or
 * cancelled when the route ended early.
 */
public enum TaskStatus {

	WAITING, OPEN, APPROVED, REJECTED, RETURNED, CANCELLED

}
