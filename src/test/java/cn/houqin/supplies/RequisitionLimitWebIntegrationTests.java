package cn.houqin.supplies;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requisition limits through the API and the limits page: who may set them, validation,
 * and the requisition's answer naming the limit and what was used this month.
 */
@SuppliesIntegrationTest
@Transactional
class RequisitionLimitWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	SuppliesFixtures fixtures;

	CurrentUser admin;

	CurrentUser staff;

	ItemView pens;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.admin = this.fixtures.user("demo-admin");
		this.staff = this.fixtures.user("demo-staff");
		this.pens = this.fixtures.stockedItem("中性笔");
		this.fixtures.stock(this.pens.id(), "100", "2.00");
	}

	@Test
	@DisplayName("API：管理员设每月上限 10；员工本月领 8 后再领 3，201 待审批，写明哪项限额和本月已领")
	void theApiSaysWhichLimitAndHowMuchWasUsed() throws Exception {
		this.mvc
			.perform(put("/api/v1/supplies/limits/{id}", this.pens.id()).with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxPerMonth\":10}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.itemId").value(this.pens.id()))
			.andExpect(jsonPath("$.maxPerMonth").value(10))
			.andExpect(jsonPath("$.maxPerRequisition").doesNotExist());
		requisition(8).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		requisition(3).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.approvalId").isNumber())
			.andExpect(jsonPath("$.breaches[0].kind").value("PER_MONTH"))
			.andExpect(jsonPath("$.breaches[0].itemId").value(this.pens.id()))
			.andExpect(jsonPath("$.breaches[0].limit").value(10))
			.andExpect(jsonPath("$.breaches[0].used").value(8))
			.andExpect(jsonPath("$.breaches[0].requested").value(3));
		this.mvc.perform(get("/api/v1/supplies/limits").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"itemId\":" + this.pens.id())));
		this.mvc.perform(delete("/api/v1/supplies/limits/{id}", this.pens.id()).with(user(this.admin)))
			.andExpect(status().isNoContent());
		requisition(30).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	@DisplayName("API：限额为零 422；员工无权设置限额 403；未知物品 422")
	void badLimitsAndStrangersAreRefused() throws Exception {
		this.mvc
			.perform(put("/api/v1/supplies/limits/{id}", this.pens.id()).with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxPerRequisition\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/supplies/limits/{id}", this.pens.id()).with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxPerRequisition\":5}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/supplies/limits/{id}", 987654321L).with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxPerRequisition\":5}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	@DisplayName("限额页：管理员设置后列表显示；填零在字段旁提示；员工看不到此页")
	void theLimitsPage() throws Exception {
		this.mvc
			.perform(post("/supplies/limits").with(user(this.admin))
				.with(csrf())
				.param("itemId", String.valueOf(this.pens.id()))
				.param("maxPerRequisition", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post("/supplies/limits").with(user(this.admin))
				.with(csrf())
				.param("itemId", String.valueOf(this.pens.id()))
				.param("maxPerRequisition", "5"))
			.andExpect(redirectedUrl("/supplies/limits"));
		this.mvc.perform(get("/supplies/limits").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("limit-" + this.pens.id())));
		this.mvc.perform(get("/supplies/limits").with(user(this.staff))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("领用单页面写明为何待审批")
	void theRequisitionPageSaysWhy() throws Exception {
		this.mvc
			.perform(put("/api/v1/supplies/limits/{id}", this.pens.id()).with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxPerRequisition\":5}"))
			.andExpect(status().isOk());
		String body = requisition(6).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		this.mvc
			.perform(get("/supplies/requisitions/{id}", id).with(user(this.staff))
				.locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("requisition-breaches")))
			.andExpect(content().string(containsString("超过单次上限 5")));
	}

	private org.springframework.test.web.servlet.ResultActions requisition(int quantity) throws Exception {
		return this.mvc.perform(post("/api/v1/supplies/requisitions").with(user(this.staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\":\"门诊登记\",\"lines\":[{\"itemId\":%d,\"quantity\":%d}]}".formatted(this.pens.id(),
					quantity)));
	}

}
