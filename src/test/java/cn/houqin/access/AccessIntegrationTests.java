package cn.houqin.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.BuiltInRole;
import cn.houqin.access.domain.NewUser;
import cn.houqin.access.domain.RoleAssignment;
import cn.houqin.access.domain.RoleService;
import cn.houqin.access.domain.TokenService;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.access.domain.UserRow;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class AccessIntegrationTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	RoleService roles;

	@Autowired
	TokenService tokens;

	@Autowired
	UserDirectory users;

	@Autowired
	DataScopes scopes;

	private CurrentUser admin() {
		return this.users.loadUserByUsername("demo-admin");
	}

	private DataScope adminScope() {
		return this.scopes.forPermission(admin(), "access.user.manage");
	}

	private UserRow newUser(String password) {
		String name = "tester" + NAMES.incrementAndGet();
		long role = this.roles.idOf(admin().tenantId(), BuiltInRole.STAFF);
		return this.accounts.create(adminScope(), new NewUser(name, "测试" + name, password, null, true,
				List.of(new RoleAssignment(role, ScopeType.OWN, Set.of()))));
	}

	@Test
	void locksTheAccountAfterFiveFailedSignIns() throws Exception {
		UserRow user = newUser("right-pass-1");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("username", user.username()).param("password", "wrong").with(csrf()))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc
			.perform(post("/login").param("username", user.username()).param("password", "right-pass-1").with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), "right-pass-1")))
			.andExpect(status().isUnauthorized());
		this.accounts.unlock(adminScope(), user.id());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), "right-pass-1"))).andExpect(status().isOk());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/me/tokens").param("name", "x").with(user(admin()))).andExpect(status().isForbidden());
	}

	@Test
	void personalTokenAuthenticatesApiCallsUntilRevoked() throws Exception {
		UserRow user = newUser("token-pass-1");
		CurrentUser principal = this.users.loadUserByUsername(user.username());
		String token = this.tokens.create(principal, "脚本", 30);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(user.username()));
		this.tokens.revoke(principal, this.tokens.list(principal).get(0).id());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer hq_forged"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void temporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		UserRow user = newUser("first-pass-1");
		String temporary = this.accounts.resetPassword(adminScope(), user.id());
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", user.username()).param("password", temporary).with(csrf()))
			.andExpect(redirectedUrl("/me/password?required"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/me/password?required"));
		this.mvc
			.perform(post("/me/password").session(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "chosen-pass-2")
				.param("confirmPassword", "chosen-pass-2"))
			.andExpect(redirectedUrl("/me"));
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void passwordChangeExplainsWhatIsWrongInline() throws Exception {
		UserRow user = newUser("inline-pass-1");
		this.mvc
			.perform(post("/me/password").with(user(this.users.loadUserByUsername(user.username())))
				.with(csrf())
				.param("currentPassword", "not-it")
				.param("newPassword", "abc")
				.param("confirmPassword", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/me/password").with(user(this.users.loadUserByUsername(user.username())))
				.with(csrf())
				.param("currentPassword", "inline-pass-1")
				.param("newPassword", "abc")
				.param("confirmPassword", "abc"))
			.andExpect(content().string(containsString("密码长度不能少于 8 位")));
	}

	@Test
	void usersWithoutPermissionAreForbiddenFromAdministration() throws Exception {
		this.mvc.perform(get("/access/users").with(user(this.users.loadUserByUsername("demo-staff"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void managerCannotGrantWiderScopeThanTheirOwn() {
		CurrentUser head = this.users.loadUserByUsername("demo-dept-head");
		DataScope narrow = this.scopes.forPermission(head, "org.staff.view");
		long role = this.roles.idOf(head.tenantId(), BuiltInRole.STAFF);
		assertThatThrownBy(() -> this.accounts.create(narrow,
				new NewUser("wide" + NAMES.incrementAndGet(), "宽", "wide-pass-1", null, true,
						List.of(new RoleAssignment(role, ScopeType.TENANT, Set.of())))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("access.user.error.scopeBeyondOwn");
	}

	@Test
	void concurrentEditsOfOneUserNeverLoseAnUpdate() throws Exception {
		UserRow user = newUser("race-pass-1");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Integer>> edits = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String name = "并发" + i;
			edits.add(
					() -> this.mvc
						.perform(post("/access/users/" + user.id()).with(user(admin()))
							.with(csrf())
							.param("username", user.username())
							.param("displayName", name)
							.param("version", String.valueOf(user.version()))
							.param("enabled", "true")
							.param("roles[0].roleId", String.valueOf(user.roles().get(0).roleId()))
							.param("roles[0].scopeType", "OWN"))
						.andReturn()
						.getResponse()
						.getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : pool.invokeAll(edits)) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(302, 409);
		assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
		assertThat(this.accounts.view(adminScope(), user.id()).version()).isEqualTo(user.version() + 1);
	}

}
