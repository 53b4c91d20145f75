package cn.houqin.standards.web;

import org.springframework.stereotype.Component;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * Who may change standards: holders of {@code standards.manage} whose scope is the whole
 * tenant (standards hold for every unit alike).
 */
@Component
class Managers {

	static final String MANAGE = "standards.manage";

	private final DataScopes scopes;

	Managers(DataScopes scopes) {
		this.scopes = scopes;
	}

	boolean canManage() {
		CurrentUser user = DataScopes.currentUser();
		return user.can(MANAGE) && this.scopes.forPermission(user, MANAGE).tenantWide();
	}

	DataScope scope() {
		return this.scopes.forPermission(MANAGE);
	}

	long tenantId() {
		return DataScopes.currentUser().tenantId();
	}

}
