package cn.houqin.supplies.domain;

import cn.houqin.shared.security.DataScope;

/**
 * Who acts and which units' store records they reach (for the store keeper, the units in
 * scope of {@code supplies.store.manage}; for everyone else only their own records).
 */
public record Actor(long tenantId, Requester requester, DataScope scope) {

	public long userId() {
		return this.requester.userId();
	}

	boolean sees(long ownerUserId, long unitId) {
		return ownerUserId == userId() || this.scope.permitsUnit(unitId);
	}

}
