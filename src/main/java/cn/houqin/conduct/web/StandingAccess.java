package cn.houqin.conduct.web;

import org.springframework.stereotype.Component;

import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;

/**
 * A person's standing is visible to themself and to whoever sees their unit's records.
 */
@Component
class StandingAccess {

	private final OrgApi org;

	private final DataScopes scopes;

	StandingAccess(OrgApi org, DataScopes scopes) {
		this.org = org;
		this.scopes = scopes;
	}

	void check(CurrentUser user, long staffId) {
		if (user.staffId() != null && user.staffId() == staffId) {
			return;
		}
		long unitId = this.org.staff(user.tenantId(), staffId)
			.orElseThrow(() -> new NotFoundException("Staff", staffId))
			.unitId();
		for (String permission : new String[] { "conduct.record.manage", "conduct.record.view" }) {
			if (user.can(permission) && this.scopes.forPermission(user, permission).permitsUnit(unitId)) {
				return;
			}
		}
		throw new NotFoundException("Staff", staffId);
	}

}
