package cn.houqin.access;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the demo profile, the first start creates the tenant and one administrator
 * whose random password must be changed at first sign-in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstStartIntegrationTests {

	@Autowired
	UserDirectory users;

	@Autowired
	AccountService accounts;

	@Autowired
	DataScopes scopes;

	@Test
	void createsOneAdministratorWhoMustChooseAPassword() {
		CurrentUser admin = this.users.loadUserByUsername("admin");
		assertThat(admin.roles()).containsExactly("admin");
		assertThat(this.scopes.forPermission(admin, "access.user.manage").tenantWide()).isTrue();
		assertThat(this.accounts.mustChangePassword(admin.userId())).isTrue();
		assertThat(this.accounts
			.list(this.scopes.forPermission(admin, "access.user.view"), null,
					org.springframework.data.domain.PageRequest.of(0, 10))
			.total()).isEqualTo(1);
	}

}
