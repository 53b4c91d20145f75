package cn.houqin.conduct.domain;

import org.springframework.stereotype.Component;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;

/**
 * Who sees and changes which record: the conduct office manages records of the units in
 * its scope; unit heads and department heads see their units' records; everybody sees
 * their own. A record outside the caller's sight answers 404.
 */
@Component
class RecordAccess {

	static final String MANAGE = "conduct.record.manage";

	static final String VIEW = "conduct.record.view";

	static final String OWN = "conduct.record.own";

	private final ConductRecords records;

	private final DataScopes scopes;

	RecordAccess(ConductRecords records, DataScopes scopes) {
		this.records = records;
		this.scopes = scopes;
	}

	boolean canManageUnit(CurrentUser user, long unitId) {
		return user.can(MANAGE) && this.scopes.forPermission(user, MANAGE).permitsUnit(unitId);
	}

	boolean canSee(CurrentUser user, ConductRecord record) {
		DataScope manage = user.can(MANAGE) ? this.scopes.forPermission(user, MANAGE) : null;
		DataScope view = user.can(VIEW) ? this.scopes.forPermission(user, VIEW) : null;
		for (Entry entry : record.getEntries()) {
			if ((manage != null && manage.permitsUnit(entry.getUnitId()))
					|| (view != null && view.permitsUnit(entry.getUnitId()))) {
				return true;
			}
			if (user.can(OWN) && user.staffId() != null && user.staffId() == entry.getStaffId()) {
				return true;
			}
		}
		return false;
	}

	boolean isOffice(CurrentUser user, ConductRecord record) {
		return record.getEntries().stream().anyMatch(e -> canManageUnit(user, e.getUnitId()));
	}

	ConductRecord visible(CurrentUser user, long recordId) {
		return this.records.findByTenantIdAndId(user.tenantId(), recordId)
			.filter(r -> canSee(user, r))
			.orElseThrow(() -> new NotFoundException("Record", recordId));
	}

	ConductRecord managed(CurrentUser user, long recordId) {
		return this.records.findByTenantIdAndId(user.tenantId(), recordId)
			.filter(r -> isOffice(user, r))
			.orElseThrow(() -> new NotFoundException("Record", recordId));
	}

	/** The person themself or the conduct office acting for them. */
	ConductRecord forPersonOrOffice(CurrentUser user, long recordId, long staffId) {
		ConductRecord record = visible(user, recordId);
		boolean self = user.can(OWN) && user.staffId() != null && user.staffId() == staffId;
		if (!self && !isOffice(user, record)) {
			throw new NotFoundException("Record", recordId);
		}
		record.entry(staffId);
		return record;
	}

}
