package cn.houqin.org.domain;

import cn.houqin.org.StaffStatus;

/**
 * Filters of the staff list: free text (name, employee number, mobile), a unit and
 * everything below it, status, category, and only those with a transfer or departure
 * waiting for handover.
 */
public record StaffQuery(String q, Long unitId, StaffStatus status, StaffCategory category, boolean pendingMove) {

	public StaffQuery(String q, Long unitId, StaffStatus status, StaffCategory category) {
		this(q, unitId, status, category, false);
	}

	public static StaffQuery all() {
		return new StaffQuery(null, null, null, null);
	}

}
