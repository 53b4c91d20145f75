package cn.houqin.approval.web;

import org.springframework.stereotype.Component;

import cn.houqin.approval.domain.Viewer;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;

/**
 * The signed-in user as a {@link Viewer}: with the report scope when they hold
 * {@code approval.report.view}.
 */
@Component
class Viewers {

	static final String REPORT = "approval.report.view";

	private final DataScopes scopes;

	Viewers(DataScopes scopes) {
		this.scopes = scopes;
	}

	Viewer current() {
		CurrentUser user = DataScopes.currentUser();
		return new Viewer(user.tenantId(), user.userId(),
				user.can(REPORT) ? this.scopes.forPermission(user, REPORT) : null);
	}

}
