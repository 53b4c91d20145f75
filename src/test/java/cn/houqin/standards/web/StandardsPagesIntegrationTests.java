package cn.houqin.standards.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.standards.StandardsFixtures;
import cn.houqin.standards.StandardsIntegrationTest;
import cn.houqin.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@StandardsIntegrationTest
class StandardsPagesIntegrationTests {

	private static final Pattern REVISE_LINK = Pattern
		.compile("data-code=\"meeting.daily.class1\"(?s:.*?)/standards/rules/(\\d+)/edit");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	AuditApi audit;

	CurrentUser staff;

	CurrentUser manager;

	@BeforeEach
	void setUp() {
		this.staff = (CurrentUser) this.users.loadUserByUsername("demo-staff");
		this.manager = TestUsers.tenantWide(this.staff.tenantId(), "standards.manage");
	}

	@Test
	void everySignedInUserReadsTheStandardsWithCitationsAndVerifyBadges() throws Exception {
		this.mvc.perform(get("/standards").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(view().name("standards/list"))
			.andExpect(model().attribute("manageable", false))
			.andExpect(content().string(containsString("党政机关公务用车管理办法（中办发〔2017〕71号）")))
			.andExpect(content().string(containsString("2017-12-05")))
			.andExpect(content().string(containsString("默认值，请按本地规定核对")))
			.andExpect(content().string(containsString("id=\"subject-OFFICE_SPACE\"")))
			.andExpect(content().string(not(containsString("/standards/sets/new"))));
	}

	@Test
	void answersAnHtmxFilterWithTheRulesFragmentOnly() throws Exception {
		this.mvc
			.perform(get("/standards").param("subject", "MEETING").header("HX-Request", "true").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(view().name("standards/list :: rules"))
			.andExpect(content().string(containsString("meeting.daily.class1")))
			.andExpect(content().string(not(containsString("vehicle.price"))))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void refusesEditingWithoutThePermission() throws Exception {
		String id = reviseLinkId(this.manager);
		this.mvc.perform(get("/standards/rules/{id}/edit", id).with(user(this.staff)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/standards/rules/{id}/edit", id).with(user(this.staff))
				.with(csrf())
				.param("limit", "900")
				.param("effectiveFrom", "2026-01-01")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/standards/sets/new").with(user(this.staff))).andExpect(status().isForbidden());
	}

	@Test
	void aManagerChangesANationalLimitAsALocalVersion() throws Exception {
		String id = reviseLinkId(this.manager);
		this.mvc.perform(get("/standards/rules/{id}/edit", id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中央和国家机关会议费管理办法")));
		this.mvc
			.perform(post("/standards/rules/{id}/edit", id).with(user(this.manager))
				.with(csrf())
				.param("limit", "700")
				.param("effectiveFrom", "2020-01-01")
				.param("version", "0"))
			.andExpect(redirectedUrl("/standards"));

		this.mvc
			.perform(get("/standards/check").param("ruleCode", "meeting.daily.class1")
				.param("actual", "720")
				.param("on", "2026-06-01")
				.with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超标")))
			.andExpect(content().string(containsString("≤ 700.00 元/人·天")));
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aRuleChangeIsRecordedInTheAuditTrail() throws Exception {
		long tenant = StandardsFixtures.freshTenant();
		CurrentUser otherManager = TestUsers.tenantWide(tenant, "standards.manage");
		String id = reviseLinkId(otherManager);
		this.mvc
			.perform(post("/standards/rules/{id}/edit", id).with(user(otherManager))
				.with(csrf())
				.param("limit", "700")
				.param("effectiveFrom", "2020-01-01")
				.param("version", "0"))
			.andExpect(redirectedUrl("/standards"));

		List<AuditEntry> entries = this.audit
			.search(tenant, new AuditQuery(null, null, null, null, "standards.rule", null), 0, 10, "seq")
			.items();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditActions.CREATE);
			assertThat(entry.actorId()).isEqualTo(otherManager.userId());
			assertThat(entry.changes()).anySatisfy(change -> {
				assertThat(change.field()).isEqualTo("limitValue");
				assertThat(change.after()).contains("700");
			});
		});
	}

	@Test
	void showsAFieldErrorForAnInvalidRevision() throws Exception {
		String id = reviseLinkId(this.manager);
		this.mvc
			.perform(post("/standards/rules/{id}/edit", id).with(user(this.manager))
				.with(csrf())
				.param("limit", "-1")
				.param("effectiveFrom", "2020-01-01")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("revisionForm", "limit"));
		this.mvc
			.perform(post("/standards/rules/{id}/edit", id).with(user(this.manager))
				.with(csrf())
				.param("limit", "700")
				.param("effectiveFrom", "2010-01-01")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("revisionForm", "effectiveFrom",
					"standards.rule.error.beforeSet"));
	}

	@Test
	void aManagerAddsALocalSetWithARuleThatOverridesTheNationalOne() throws Exception {
		this.mvc
			.perform(post("/standards/sets/new").with(user(this.manager))
				.with(csrf())
				.param("code", "province-reception")
				.param("title", "某省公务接待管理办法")
				.param("documentNo", "某办发〔2015〕3号")
				.param("effectiveOn", "2015-01-01"))
			.andExpect(redirectedUrl("/standards"));
		String list = this.mvc.perform(get("/standards").with(user(this.manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher set = Pattern.compile("id=\"set-province-reception\"(?s:.*?)/standards/sets/(\\d+)/rules/new")
			.matcher(list);
		assertThat(set.find()).isTrue();

		this.mvc
			.perform(post("/standards/sets/{id}/rules/new", set.group(1)).with(user(this.manager))
				.with(csrf())
				.param("code", "reception.meal.section")
				.param("label", "公务接待用餐（科级及以下）")
				.param("subject", "RECEPTION")
				.param("kind", "MAX_AMOUNT")
				.param("limit", "40")
				.param("unit", "元/人·餐")
				.param("conditions", "guestRank=科级及以下")
				.param("effectiveFrom", "2015-01-01"))
			.andExpect(redirectedUrl("/standards"));

		this.mvc
			.perform(get("/standards/check").param("ruleCode", "reception.meal.section")
				.param("actual", "45")
				.with(user(this.staff)))
			.andExpect(content().string(containsString("某省公务接待管理办法（某办发〔2015〕3号）")))
			.andExpect(content().string(containsString("table-danger")));
	}

	@Test
	void theCheckToolShowsTheRatioFindingAndExplainsAMissingBasis() throws Exception {
		this.mvc
			.perform(get("/standards/check").param("ruleCode", "reception.accompany.ratio")
				.param("actual", "5")
				.param("context", "guests=11")
				.with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("≤ 3.00 人")))
			.andExpect(content().string(containsString("table-danger")));
		this.mvc
			.perform(get("/standards/check").param("ruleCode", "reception.accompany.ratio")
				.param("actual", "5")
				.header("HX-Request", "true")
				.with(user(this.staff)))
			.andExpect(view().name("standards/check :: outcome"))
			.andExpect(content().string(containsString("guests")))
			.andExpect(
					model().attributeHasFieldErrorCode("checkForm", "context", "standards.check.error.contextMissing"));
	}

	private String reviseLinkId(CurrentUser user) throws Exception {
		String html = this.mvc.perform(get("/standards").with(user(user)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = REVISE_LINK.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
