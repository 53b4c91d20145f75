package cn.houqin.org.domain;

import cn.houqin.org.StaffStatus;

/**
 * Filters of the staff list: free text (name, employee number, mobile), a unit and
 * everything below it, status and category.
 */
public record StaffQuery(String q, Long unitId, StaffStatus status, StaffCategory category) {

	public static StaffQuery all() {
		return new StaffQuery(null, null, null, null);
	}

}
