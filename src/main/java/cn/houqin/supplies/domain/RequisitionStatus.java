package cn.houqin.supplies.domain;

/**
 * Where a requisition (领用单) stands: submitted (quantity reserved), waiting for approval
 * when over a limit (still reserved), issued by the store keeper, confirmed by the
 * recipient (领取人签字), cancelled or refused (reservation released).
 */
public enum RequisitionStatus {

	PENDING_APPROVAL, SUBMITTED, ISSUED, CONFIRMED, CANCELLED, REJECTED

}
