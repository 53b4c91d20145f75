package cn.houqin.org.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PendingWork;

/**
 * Pending work for holders of {@code org.staff.move}: transfers and departures in their
 * scope that wait for handover.
 */
@Component
class PendingMoves implements PendingWork {

	private final StaffMembers staff;

	private final DataScopes scopes;

	PendingMoves(StaffMembers staff, DataScopes scopes) {
		this.staff = staff;
		this.scopes = scopes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PendingItem> pendingFor(CurrentUser user) {
		if (!user.can("org.staff.move")) {
			return List.of();
		}
		DataScope scope = this.scopes.forPermission(user, "org.staff.move");
		long count;
		if (scope.tenantWide()) {
			count = this.staff.countPendingMoves(scope.tenantId());
		}
		else if (scope.unitIds().isEmpty()) {
			count = 0;
		}
		else {
			count = this.staff.countPendingMovesIn(scope.tenantId(), scope.unitIds());
		}
		return List.of(new PendingItem("org.pending.moves", count, "/org/staff?pendingMove=true"));
	}

}
