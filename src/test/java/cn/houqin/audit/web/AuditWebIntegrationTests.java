package cn.houqin.audit.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditFixtures;
import cn.houqin.audit.AuditQuery;
import cn.houqin.audit.AuditTestContext;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.PageResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@AuditTestContext
class AuditWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditApi audit;

	@Autowired
	JdbcTemplate jdbc;

	long tenantId;

	CurrentUser auditor;

	@BeforeEach
	void threeEntries() {
		this.tenantId = AuditFixtures.freshTenantId();
		this.auditor = AuditFixtures.auditor(this.tenantId);
		this.audit.recordAs(this.tenantId, 5L, "chen.qi", AuditActions.LOGIN_SUCCESS, "access.user", "5", Map.of());
		this.audit.recordAs(this.tenantId, 5L, "chen.qi", AuditActions.PASSWORD_RESET, "access.user", "8",
				Map.of("by", "chen.qi"));
		this.audit.recordAs(this.tenantId, 6L, "sun.ba", AuditActions.LOGOUT, "access.user", "6", Map.of());
	}

	@Test
	void auditorSearchesTheTrail() throws Exception {
		MvcResult result = this.mvc.perform(get("/audit").param("actor", "chen").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(view().name("audit/list"))
			.andExpect(content().string(containsString("chen.qi")))
			.andExpect(content().string(not(containsString("sun.ba"))))
			.andExpect(content().string(containsString("审计日志")))
			.andReturn();

		PageResult<?> page = (PageResult<?>) result.getModelAndView().getModel().get("page");
		assertThat(page.total()).isEqualTo(2);
	}

	@Test
	void htmxSearchGetsOnlyTheResultsFragment() throws Exception {
		this.mvc.perform(get("/audit").param("sort", "seq").header("HX-Request", "true").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(view().name("audit/list :: results"))
			.andExpect(content().string(containsString("audit-entries")))
			.andExpect(content().string(not(containsString("<nav class=\"navbar"))));
	}

	@Test
	void detailShowsDetailsOfTheEntry() throws Exception {
		long id = this.audit
			.search(this.tenantId, new AuditQuery(null, null, null, "PASSWORD_RESET", null, null), 0, 1, null)
			.items()
			.get(0)
			.id();

		this.mvc.perform(get("/audit/{id}", id).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重置密码")))
			.andExpect(content().string(containsString("chen.qi")));
	}

	@Test
	void entryOfAnotherTenantIsNotFound() throws Exception {
		long id = this.audit.search(this.tenantId, AuditQuery.all(), 0, 1, null).items().get(0).id();

		this.mvc.perform(get("/audit/{id}", id).with(user(AuditFixtures.auditor(this.tenantId + 1))))
			.andExpect(status().isNotFound());
	}

	@Test
	void userWithoutPermissionIsForbidden() throws Exception {
		CurrentUser clerk = AuditFixtures.user(this.tenantId, "clerk", "org.staff.view");

		this.mvc.perform(get("/audit").with(user(clerk))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit/entries").with(user(clerk))).andExpect(status().isForbidden());
	}

	@Test
	void viewerCannotRunVerification() throws Exception {
		CurrentUser viewer = AuditFixtures.user(this.tenantId, "viewer", "audit.trail.view");

		this.mvc.perform(post("/audit/verify").with(csrf()).with(user(viewer))).andExpect(status().isForbidden());
	}

	@Test
	void verifyReportsIntactChainInChinese() throws Exception {
		this.mvc.perform(post("/audit/verify").with(csrf()).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计链完整，已校验 3 条")));
	}

	@Test
	void verifyNamesTheAlteredEntry() throws Exception {
		this.jdbc.update("update aud_entry set entity_id = '99' where tenant_id = ? and seq = 2", this.tenantId);

		this.mvc.perform(post("/audit/verify").header("HX-Request", "true").with(csrf()).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(view().name("audit/verify :: result"))
			.andExpect(content().string(containsString("第 2 条记录已被篡改")));
	}

	@Test
	void verifyWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/audit/verify").with(user(this.auditor))).andExpect(status().isForbidden());
	}

	@Test
	void apiListsEntriesInThePagedShape() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit/entries").param("action", "LOGOUT")
				.param("page", "0")
				.param("size", "20")
				.with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].actorName").value("sun.ba"))
			.andExpect(jsonPath("$.items[0].seq").value(3));
	}

	@Test
	void apiVerifiesTheChain() throws Exception {
		this.mvc.perform(post("/api/v1/audit/verify").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(true))
			.andExpect(jsonPath("$.checked").value(3))
			.andExpect(jsonPath("$.message").value("审计链完整，已校验 3 条"));
	}

	@Test
	void exportsTheFilteredTrailAsExcel() throws Exception {
		this.mvc.perform(get("/audit/export").param("actor", "chen").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
	}

}
