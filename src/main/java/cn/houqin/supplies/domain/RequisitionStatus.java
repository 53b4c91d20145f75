package cn.houqin.supplies.domain;

/**
 * Where a requisition (领用单) stands: submitted (quantity reserved), issued by the store
 * keeper, confirmed by the recipient (领取人签字), or cancelled (reservation released).
 */
public enum RequisitionStatus {

	SUBMITTED, ISSUED, CONFIRMED, CANCELLED

}
