package cn.houqin.shared.security;

import java.util.Collection;
import java.util.Set;

/**
 * The records a user may see for one permission, resolved to concrete org units: either
 * the whole tenant, or a set of units plus the records the user owns.
 */
public record DataScope(long tenantId, boolean tenantWide, Set<Long> unitIds, Long ownStaffId, long ownUserId) {

	public DataScope {
		unitIds = Set.copyOf(unitIds);
	}

	public static DataScope nothing(long tenantId, long userId) {
		return new DataScope(tenantId, false, Set.of(), null, userId);
	}

	/**
	 * Whether a record held by the given unit (and optionally owned by the given staff
	 * member) is visible.
	 */
	public boolean permits(Long unitId, Long staffId) {
		if (this.tenantWide) {
			return true;
		}
		if (unitId != null && this.unitIds.contains(unitId)) {
			return true;
		}
		return staffId != null && staffId.equals(this.ownStaffId);
	}

	public boolean permitsUnit(Long unitId) {
		return permits(unitId, null);
	}

	public boolean permitsAllUnits(Collection<Long> units) {
		return this.tenantWide || this.unitIds.containsAll(units);
	}

	/** The units visible, or an empty set when nothing but own records are visible. */
	public boolean unitRestricted() {
		return !this.tenantWide;
	}

}
