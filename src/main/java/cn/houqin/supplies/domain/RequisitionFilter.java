package cn.houqin.supplies.domain;

import java.time.LocalDate;

/**
 * Criteria of the requisition list and the register.
 */
public record RequisitionFilter(String query, RequisitionStatus status, LocalDate from, LocalDate to, boolean mineOnly,
		boolean issuedOnly) {

	public static RequisitionFilter none() {
		return new RequisitionFilter(null, null, null, null, false, false);
	}

	RequisitionFilter withIssuedOnly() {
		return new RequisitionFilter(this.query, null, this.from, this.to, this.mineOnly, true);
	}

}
