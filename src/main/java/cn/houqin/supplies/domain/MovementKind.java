package cn.houqin.supplies.domain;

/**
 * A kind of stock movement in the ledger (台账).
 */
public enum MovementKind {

	RECEIPT, ISSUE, RETURN, ADJUSTMENT, TRANSFER

}
