package cn.houqin.supplies.web;

import org.springframework.stereotype.Component;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.Requester;

/**
 * Builds the acting user with the data scope of the first permission they hold among the
 * given ones (the broader first); without any, only their own records.
 */
@Component
class Actors {

	static final String STORE = "supplies.store.manage";

	static final String PROCURE = "supplies.purchase.manage";

	static final String PURCHASE = "supplies.purchase.create";

	private final DataScopes scopes;

	Actors(DataScopes scopes) {
		this.scopes = scopes;
	}

	Actor current(String... reachPermissions) {
		CurrentUser user = DataScopes.currentUser();
		DataScope scope = DataScope.nothing(user.tenantId(), user.userId());
		for (String permission : reachPermissions) {
			if (user.can(permission)) {
				scope = this.scopes.forPermission(user, permission);
				break;
			}
		}
		return new Actor(user.tenantId(),
				new Requester(user.userId(), user.staffId(), user.unitId(), user.displayName()), scope);
	}

	Actor store() {
		return current(STORE);
	}

	Actor purchasing() {
		return current(PROCURE, PURCHASE);
	}

}
