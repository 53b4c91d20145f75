package cn.houqin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.houqin.access.AccessApi;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.crypto.FieldCipher;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application on a real database with the demo tenant: migrations, demo data,
 * sign-in, scopes and the API conventions. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
abstract class FullStackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AccessApi access;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldCipher cipher;

	@Test
	void demoAdministratorSeesTheWholeTenant() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tenantName").value("示范县机关事务管理局"))
			.andExpect(jsonPath("$.scopes['org.staff.view'].tenantWide").value(true));
	}

	@Test
	void departmentHeadSeesOnlyTheirDepartment() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-dept-head", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value("内科"))
			.andExpect(jsonPath("$.scopes['org.staff.view'].tenantWide").value(false))
			.andExpect(jsonPath("$.scopes['org.staff.view'].unitIds.length()").value(1));
	}

	@Test
	void hospitalLogisticsOfficerReachesTheWholeHospital() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-logistics", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopes['org.staff.view'].unitIds.length()").value(9));
	}

	@Test
	void everyDemoUserCanSignIn() throws Exception {
		for (String user : cn.houqin.access.domain.DemoAccounts.USERNAMES) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(user, "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(user));
		}
	}

	@Test
	void formSignInStartsASessionAndShowsTheShell() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", "demo-admin").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("演示管理员")))
			.andExpect(content().string(containsString("/access/users")));
	}

	@Test
	void staffUserDoesNotSeeAdministrationInTheMenu() throws Exception {
		this.mvc.perform(get("/").with(httpBasicSession("demo-staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/access/users"))));
	}

	@Test
	void apiWithoutCredentialsAnswersProblemJsonInChinese() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未认证"));
	}

	@Test
	void apiAnswersInEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Unauthorized"));
	}

	@Test
	void openApiDocumentListsTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
	}

	@Test
	void healthIsUp() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void roleEditorOffersEveryModulesPermissions() throws Exception {
		this.mvc.perform(get("/access/roles/1").with(httpBasicSession("demo-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("org.staff.view")));
	}

	@Test
	void usersListIsScopedForAuditor() throws Exception {
		this.mvc.perform(get("/access/users").with(httpBasicSession("demo-auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("demo-unit-head")));
		this.mvc.perform(get("/access/users/1").with(httpBasicSession("demo-auditor")))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffRegisteredThroughTheApiKeepsTheIdCardEncrypted() throws Exception {
		CurrentUser admin = this.users.loadUserByUsername("demo-admin");
		long surgery = this.org.unitByCode(admin.tenantId(), "HOSP-WK").orElseThrow().id();
		String body = """
				{"employeeNo":"API0001","name":"钱多多","gender":"FEMALE","idCardNumber":"11010519491231002X",
				 "mobile":"13900000001","unitId":%d,"category":"PROFESSIONAL","employmentType":"CONTRACT",
				 "hireDate":"2024-03-01"}""".formatted(surgery);
		this.mvc
			.perform(post("/api/v1/org/staff").with(httpBasic("demo-admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.idCardMasked").value("110***********002X"));
		String stored = this.jdbc.queryForObject("select id_card_cipher from org_staff where employee_no = 'API0001'",
				String.class);
		assertThat(stored).doesNotContain("19491231").isNotBlank();
		assertThat(this.cipher.decrypt(stored)).isEqualTo("11010519491231002X");
		Long id = this.jdbc.queryForObject("select id from org_staff where employee_no = 'API0001'", Long.class);
		this.mvc.perform(get("/api/v1/org/staff/" + id).with(httpBasic("demo-dept-head", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/org/staff/" + id).with(httpBasic("demo-unit-head", "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void invalidStaffAnswersFieldErrorsInChinese() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/staff").with(httpBasic("demo-admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"mobile\":\"12\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'mobile')]").exists())
			.andExpect(jsonPath("$.title").value("输入有误"));
		assertThat(this.jdbc.queryForObject("select count(*) from org_staff where mobile = '12'", Long.class)).isZero();
	}

	@Test
	void everyDemoUserSeesOnlyTheirScopeOfStaff() throws Exception {
		this.mvc.perform(get("/api/v1/org/staff?size=200").with(httpBasic("demo-admin", "demo")))
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(60)));
		this.mvc.perform(get("/api/v1/org/staff?size=200").with(httpBasic("demo-dept-head", "demo")))
			.andExpect(jsonPath("$.items[*].unitName", everyItem(is("内科"))));
		this.mvc.perform(get("/api/v1/org/staff?size=200").with(httpBasic("demo-dispatcher", "demo")))
			.andExpect(jsonPath("$.items[*].unitName",
					everyItem(in(java.util.List.of("城关镇人民政府", "党政办", "农业服务站", "财政所")))));
	}

	@Test
	void auditTrailOfTheDemoTenantVerifies() throws Exception {
		this.mvc.perform(post("/api/v1/audit/verify").with(httpBasic("demo-auditor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(true));
	}

	@Test
	void roleHoldersAreFoundUpTheTree() {
		CurrentUser admin = this.users.loadUserByUsername("demo-admin");
		long internal = this.org.unitByCode(admin.tenantId(), "HOSP-NK").orElseThrow().id();
		assertThat(this.org.unitAndAncestors(admin.tenantId(), internal)).extracting(u -> u.name())
			.containsExactly("内科", "县人民医院", "示范县机关事务管理局");
		long hospital = this.org.unitByCode(admin.tenantId(), "HOSP").orElseThrow().id();
		assertThat(this.access.holders(admin.tenantId(), "logistics-head", hospital)).extracting(u -> u.username())
			.containsExactly("demo-logistics-head");
		assertThat(this.access.holders(admin.tenantId(), "logistics-head", internal)).isEmpty();
	}

	@Test
	void permissionsAreListedInMe() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-auditor", "demo")))
			.andExpect(jsonPath("$.permissions", hasItem("audit.trail.view")));
	}

	/**
	 * Signs a page request in as the demo user, with the principal a real sign-in would
	 * build.
	 */
	RequestPostProcessor httpBasicSession(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
