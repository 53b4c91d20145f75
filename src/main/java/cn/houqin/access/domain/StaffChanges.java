package cn.houqin.access.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.org.StaffDeparted;
import cn.houqin.org.StaffTransferred;

/**
 * Keeps accounts in step with staff: a transferred member's account follows them to the
 * new unit (so unit scopes follow), a departed member's account is disabled.
 */
@Component
class StaffChanges {

	private final UserAccounts accounts;

	StaffChanges(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(StaffTransferred event) {
		this.accounts.findByTenantIdAndStaffId(event.tenantId(), event.staffId()).forEach(account -> {
			account.moveToUnit(event.toUnitId());
			this.accounts.save(account);
		});
	}

	@ApplicationModuleListener
	void on(StaffDeparted event) {
		this.accounts.findByTenantIdAndStaffId(event.tenantId(), event.staffId()).forEach(account -> {
			account.disable();
			this.accounts.save(account);
		});
	}

}
