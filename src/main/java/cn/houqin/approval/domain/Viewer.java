package cn.houqin.approval.domain;

import cn.houqin.shared.security.DataScope;

/**
 * Who looks at approvals: the user, and the reach of their report permission (auditors
 * see every approval of the units in that scope), or none.
 */
public record Viewer(long tenantId, long userId, DataScope reportScope) {

	boolean reaches(long unitId) {
		return this.reportScope != null && this.reportScope.permitsUnit(unitId);
	}

}
