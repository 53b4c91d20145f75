package cn.houqin.access.domain;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.ScopeType;

/**
 * One demo user per role, all with the password {@code demo} (demo profile only).
 * Hospital roles reach the hospital, township roles the township; admin and auditor the
 * whole tenant.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoAccounts implements ApplicationRunner {

	public static final List<String> USERNAMES = List.of("demo-admin", "demo-staff", "demo-dept-head", "demo-logistics",
			"demo-logistics-head", "demo-unit-head", "demo-committee", "demo-asset-keeper", "demo-dispatcher",
			"demo-driver", "demo-technician", "demo-conduct-office", "demo-finance", "demo-auditor");

	private final OrgApi org;

	private final RoleService roles;

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	DemoAccounts(OrgApi org, RoleService roles, UserAccounts accounts, PasswordEncoder passwords) {
		this.org = org;
		this.roles = roles;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		if (this.accounts.existsByUsername("demo-admin")) {
			return;
		}
		this.roles.createBuiltInRoles(tenantId);
		String hash = this.passwords.encode("demo");
		long hospital = unit(tenantId, "HOSP");
		long township = unit(tenantId, "TOWN");
		user(tenantId, hash, "demo-admin", "演示管理员", null, BuiltInRole.ADMIN, ScopeType.TENANT, null);
		user(tenantId, hash, "demo-staff", null, "H0010", BuiltInRole.STAFF, ScopeType.UNIT, null);
		user(tenantId, hash, "demo-dept-head", null, "H0009", BuiltInRole.DEPT_HEAD, ScopeType.UNIT_AND_BELOW, null);
		user(tenantId, hash, "demo-logistics", null, "H0004", BuiltInRole.LOGISTICS, ScopeType.CHOSEN_UNITS, hospital);
		user(tenantId, hash, "demo-logistics-head", null, "H0002", BuiltInRole.LOGISTICS_HEAD, ScopeType.UNIT_AND_BELOW,
				null);
		user(tenantId, hash, "demo-unit-head", null, "H0001", BuiltInRole.UNIT_HEAD, ScopeType.UNIT_AND_BELOW, null);
		user(tenantId, hash, "demo-committee", null, "H0003", BuiltInRole.COMMITTEE, ScopeType.UNIT_AND_BELOW, null);
		user(tenantId, hash, "demo-asset-keeper", null, "H0005", BuiltInRole.ASSET_KEEPER, ScopeType.CHOSEN_UNITS,
				hospital);
		user(tenantId, hash, "demo-dispatcher", null, "T0001", BuiltInRole.DISPATCHER, ScopeType.CHOSEN_UNITS,
				township);
		user(tenantId, hash, "demo-driver", null, "T0002", BuiltInRole.DRIVER, ScopeType.CHOSEN_UNITS, township);
		user(tenantId, hash, "demo-technician", null, "H0006", BuiltInRole.TECHNICIAN, ScopeType.CHOSEN_UNITS,
				hospital);
		user(tenantId, hash, "demo-conduct-office", null, "H0007", BuiltInRole.CONDUCT_OFFICE, ScopeType.CHOSEN_UNITS,
				hospital);
		user(tenantId, hash, "demo-finance", null, "H0008", BuiltInRole.FINANCE, ScopeType.CHOSEN_UNITS, hospital);
		user(tenantId, hash, "demo-auditor", null, "J0001", BuiltInRole.AUDITOR, ScopeType.TENANT, null);
	}

	private void user(long tenantId, String hash, String username, String displayName, String employeeNo,
			BuiltInRole role, ScopeType scope, Long chosenUnit) {
		StaffSummary staff = employeeNo == null ? null : this.org.staffByEmployeeNo(tenantId, employeeNo).orElseThrow();
		String name = staff == null ? displayName : staff.name();
		UserAccount account = new UserAccount(tenantId, username, name, hash, staff == null ? null : staff.id(),
				staff == null ? null : staff.unitId());
		account.update(name, account.getStaffId(), account.getUnitId(), true,
				List.of(new RoleAssignment(this.roles.idOf(tenantId, role), scope,
						chosenUnit == null ? Set.of() : Set.of(chosenUnit))));
		this.accounts.save(account);
	}

	private long unit(long tenantId, String code) {
		return this.org.unitByCode(tenantId, code).orElseThrow().id();
	}

}
