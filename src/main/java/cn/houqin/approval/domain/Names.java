package cn.houqin.approval.domain;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.org.UnitSummary;

/**
 * Display names of users and units for views, looked up once per view.
 */
@Component
class Names {

	private final AccessApi access;

	private final OrgApi org;

	Names(AccessApi access, OrgApi org) {
		this.access = access;
		this.org = org;
	}

	Lookup lookup(long tenantId) {
		return new Lookup(tenantId);
	}

	/** A cache of names for one view. */
	final class Lookup {

		private final long tenantId;

		private final Map<Long, String> users = new HashMap<>();

		private final Map<Long, String> units = new HashMap<>();

		private Lookup(long tenantId) {
			this.tenantId = tenantId;
		}

		String user(Long userId) {
			if (userId == null) {
				return null;
			}
			return this.users.computeIfAbsent(userId,
					id -> Names.this.access.user(this.tenantId, id).map(UserSummary::displayName).orElse("#" + id));
		}

		String unit(long unitId) {
			return this.units.computeIfAbsent(unitId,
					id -> Names.this.org.unit(this.tenantId, id).map(UnitSummary::name).orElse("#" + id));
		}

	}

}
