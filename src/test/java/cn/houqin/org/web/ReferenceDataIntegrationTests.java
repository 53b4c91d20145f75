package cn.houqin.org.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.audit.FieldChange;
import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.OrgIntegrationTest;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@OrgIntegrationTest
class ReferenceDataIntegrationTests {

	private static final Pattern EDIT_LINK = Pattern.compile("/org/positions/(\\d+)/edit");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgApi orgApi;

	@Autowired
	AuditApi audit;

	OrgFixtures fixtures;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new OrgFixtures(this.orgApi);
		this.admin = this.fixtures.admin();
	}

	@Test
	void createsAndRenamesAPositionThroughThePages() throws Exception {
		this.mvc
			.perform(post("/org/positions/new").with(user(this.admin))
				.with(csrf())
				.param("code", "COOK")
				.param("name", "厨师")
				.param("category", "WORKER"))
			.andExpect(redirectedUrl("/org/positions"))
			.andExpect(flash().attribute("flashSuccess", "flash.created"));
		String list = page(get("/org/positions").param("q", "cook"));
		assertThat(list).contains("厨师", "工勤");
		long id = Long.parseLong(find(EDIT_LINK, list));

		String form = page(get("/org/positions/{id}/edit", id));
		this.mvc
			.perform(post("/org/positions/{id}/edit", id).with(user(this.admin))
				.with(csrf())
				.param("code", "COOK")
				.param("name", "营养厨师")
				.param("category", "LOGISTICS")
				.param("version", find(VERSION, form)))
			.andExpect(redirectedUrl("/org/positions"))
			.andExpect(flash().attribute("flashSuccess", "flash.saved"));

		assertThat(page(get("/org/positions").param("q", "COOK"))).contains("营养厨师", "后勤").doesNotContain(">厨师<");
	}

	@Test
	void duplicateCodeIsRefusedOnTheCodeField() throws Exception {
		this.mvc
			.perform(post("/org/positions/new").with(user(this.admin))
				.with(csrf())
				.param("code", "CLERK")
				.param("name", "文书")
				.param("category", "ADMINISTRATIVE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("positionForm", "code", "org.position.error.codeTaken"))
			.andExpect(content().string(containsString("岗位编码“CLERK”已被使用。")));
	}

	@Test
	void editAgainstAnOlderVersionIsRefused() throws Exception {
		String list = page(get("/org/positions").param("q", "GUARD"));
		long id = Long.parseLong(find(EDIT_LINK, list));
		this.mvc
			.perform(post("/org/positions/{id}/edit", id).with(user(this.admin))
				.with(csrf())
				.param("code", "GUARD")
				.param("name", "保安")
				.param("category", "WORKER")
				.param("version", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该岗位已被他人修改")));
	}

	@Test
	void positionHeldByStaffCannotBeDeleted() throws Exception {
		String body = this.mvc.perform(get("/api/v1/org/positions").param("q", "DOCTOR").with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		String version = body.replaceAll("(?s).*\"version\":(\\d+).*", "$1");
		this.mvc.perform(
				post("/org/positions/{id}/delete", id).param("version", version).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/org/positions"))
			.andExpect(flash().attribute("flashError", "org.position.error.inUse"));
		this.mvc.perform(get("/org/positions").param("q", "DOCTOR").with(user(this.admin)))
			.andExpect(content().string(containsString("医师")));
	}

	@Test
	void unusedRankCanBeDeleted() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/org/ranks").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"H01\",\"name\":\"主任医师\",\"sortOrder\":20}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		this.mvc.perform(post("/org/ranks/{id}/delete", id).param("version", "0").with(user(this.admin)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "org.rank.deleted"));
		this.mvc.perform(get("/org/ranks").with(user(this.admin)))
			.andExpect(content().string(not(containsString("主任医师"))));
	}

	@Test
	void apiCreatesPositionAndAnswersCreatedWithLocation() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/positions").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"CASHIER\",\"name\":\"出纳\",\"category\":\"PROFESSIONAL\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/org/positions/\\d+")))
			.andExpect(jsonPath("$.code").value("CASHIER"))
			.andExpect(jsonPath("$.category").value("PROFESSIONAL"));
	}

	@Test
	void apiListsFieldsOfAnInvalidBody() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/positions").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"\",\"name\":\"出纳\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "category")));
		this.mvc
			.perform(post("/api/v1/org/ranks").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"R99\",\"name\":\"\",\"sortOrder\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "sortOrder")));
	}

	@Test
	void apiRefusesATakenCodeAsABusinessRule() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/ranks").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"R01\",\"name\":\"一级巡视员\",\"sortOrder\":3}"))
			.andExpect(status().is(422))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.detail").value("职级编码“R01”已被使用。"));
	}

	@Test
	void apiListsRanksInRankOrder() throws Exception {
		this.mvc.perform(get("/api/v1/org/ranks").with(user(this.fixtures.hospitalUser("org.unit.view"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("正部级"))
			.andExpect(jsonPath("$[8].name").value("科员及以下"));
		this.mvc.perform(get("/api/v1/org/positions").param("size", "5").with(user(this.admin)))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.size").value(5));
	}

	@Test
	void managerOfOneUnitCannotChangeTheTenantsPositions() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/positions").with(user(this.fixtures.hospitalUser("org.unit.manage")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"PORTER\",\"name\":\"护工\",\"category\":\"WORKER\"}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.code").value("org.reference.error.tenantScope"));
		this.mvc.perform(get("/api/v1/org/positions").with(user(this.fixtures.hospitalUser("org.unit.manage"))))
			.andExpect(status().isForbidden());
	}

	/**
	 * The trail is written when a transaction commits, so this test commits, in a tenant
	 * of its own.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void positionChangeEntersTheAuditTrail() throws Exception {
		long tenantId = this.orgApi.createTenant("t-" + UUID.randomUUID(), "县卫生健康局");
		CurrentUser manager = TestUsers.tenantWide(tenantId, "org.unit.view", "org.unit.manage");
		String created = this.mvc
			.perform(post("/api/v1/org/positions").with(user(manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"COOK\",\"name\":\"厨师\",\"category\":\"WORKER\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		this.mvc
			.perform(post("/org/positions/{id}/edit", id).with(user(manager))
				.with(csrf())
				.param("code", "COOK")
				.param("name", "营养厨师")
				.param("category", "WORKER")
				.param("version", "0"))
			.andExpect(redirectedUrl("/org/positions"));

		List<AuditEntry> entries = this.audit
			.search(tenantId, new AuditQuery(null, null, null, null, "org.position", id), 0, 10, "seq")
			.items();
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditActions.CREATE, AuditActions.UPDATE);
		assertThat(entries.get(1).changes()).containsExactly(new FieldChange("name", "厨师", "营养厨师"));
		assertThat(entries.get(1).actorId()).isEqualTo(manager.userId());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.admin))).andReturn().getResponse().getContentAsString();
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}
