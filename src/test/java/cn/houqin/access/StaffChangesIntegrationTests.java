package cn.houqin.access;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.BuiltInRole;
import cn.houqin.access.domain.NewUser;
import cn.houqin.access.domain.RoleAssignment;
import cn.houqin.access.domain.RoleService;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.access.domain.UserRow;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.domain.EmploymentType;
import cn.houqin.org.domain.Gender;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.org.domain.StaffDetails;
import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accounts follow staff: the org module's events reach the access module (through the
 * event publication registry) after the staff change commits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StaffChangesIntegrationTests {

	@Autowired
	StaffService staff;

	@Autowired
	AccountService accounts;

	@Autowired
	RoleService roles;

	@Autowired
	UserDirectory users;

	@Autowired
	DataScopes scopes;

	@Autowired
	OrgApi org;

	private CurrentUser admin() {
		return this.users.loadUserByUsername("demo-admin");
	}

	private UserRow staffWithAccount(String employeeNo, String unitCode) {
		CurrentUser admin = admin();
		long unit = this.org.unitByCode(admin.tenantId(), unitCode).orElseThrow().id();
		StaffRow member = this.staff.register(this.scopes.forPermission(admin, "org.staff.manage"),
				new StaffDetails(employeeNo, "调动测试" + employeeNo, Gender.MALE, null, null, unit, null, null,
						StaffCategory.ADMINISTRATIVE, EmploymentType.CONTRACT, LocalDate.of(2020, 1, 1)));
		long role = this.roles.idOf(admin.tenantId(), BuiltInRole.STAFF);
		UserRow user = this.accounts.create(this.scopes.forPermission(admin, "access.user.manage"),
				new NewUser("u-" + employeeNo.toLowerCase(), member.name(), "pass-word-1", member.id(), true,
						List.of(new RoleAssignment(role, ScopeType.UNIT, Set.of()))));
		assertThat(user.unitId()).isEqualTo(unit);
		return user;
	}

	@Test
	void departedStaffLoseTheirAccount() {
		UserRow user = staffWithAccount("SC0001", "HOSP-WK");
		DataScope scope = this.scopes.forPermission(admin(), "org.staff.move");
		this.staff.startDeparture(scope, user.staffId(), StaffStatus.RESIGNED, LocalDate.of(2026, 12, 31), "辞职");
		this.staff.completeMove(scope, user.staffId());
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.users.loadUserByUsername(user.username()).isEnabled());
	}

	@Test
	void transferredStaffTakeTheirUnitScopeAlong() {
		UserRow user = staffWithAccount("SC0002", "HOSP-WK");
		CurrentUser admin = admin();
		long internal = this.org.unitByCode(admin.tenantId(), "HOSP-NK").orElseThrow().id();
		DataScope scope = this.scopes.forPermission(admin, "org.staff.move");
		this.staff.startTransfer(scope, user.staffId(), internal, LocalDate.of(2026, 12, 1), "轮岗");
		this.staff.completeMove(scope, user.staffId());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> internal == this.users.loadUserByUsername(user.username()).unitId());
		CurrentUser moved = this.users.loadUserByUsername(user.username());
		assertThat(this.scopes.forPermission(moved, "org.staff.view").unitIds()).containsExactly(internal);
	}

}
