package cn.houqin.org.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.OrgIntegrationTest;
import cn.houqin.shared.security.CurrentUser;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@OrgIntegrationTest
class OrgApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgApi orgApi;

	OrgFixtures fixtures;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new OrgFixtures(this.orgApi);
		this.admin = this.fixtures.admin();
	}

	@Test
	void staffListAnswersThePagedShape() throws Exception {
		this.mvc.perform(
				get("/api/v1/org/staff").param("size", "5").param("page", "1").with(httpBasic("demo-admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.total", greaterThan(50)))
			.andExpect(jsonPath("$.items[0].idCardMasked", startsWith("411***")));
	}

	@Test
	void staffListFiltersByTextAndUnitWithinScope() throws Exception {
		this.mvc
			.perform(get("/api/v1/org/staff").param("unitId", String.valueOf(this.fixtures.unitId("HOSP-ZWK")))
				.with(user(this.fixtures.hospitalUser("org.staff.view"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("杨勇")))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.lessThan(20)));
		this.mvc
			.perform(get("/api/v1/org/staff").param("q", "徐刚").with(user(this.fixtures.hospitalUser("org.staff.view"))))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void staffOutsideScopeAnswersNotFound() throws Exception {
		long townStaff = this.fixtures.staff("T0001").id();
		this.mvc
			.perform(get("/api/v1/org/staff/{id}", townStaff).with(user(this.fixtures.hospitalUser("org.staff.view"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/org/staff/{id}", townStaff).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeNo").value("T0001"));
	}

	@Test
	void invalidStaffBodyAnswersBadRequestWithTheFields() throws Exception {
		this.mvc
			.perform(
					post("/api/v1/org/staff").with(user(this.admin)).contentType(MediaType.APPLICATION_JSON).content("""
							{"employeeNo":"A1","name":"","gender":"MALE","mobile":"123","unitId":1,
							 "category":"LOGISTICS","employmentType":"CONTRACT"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "mobile")));
	}

	@Test
	void createsStaffAndAnswersCreatedWithLocation() throws Exception {
		long unit = this.fixtures.unitId("TOWN-DZB");
		this.mvc
			.perform(
					post("/api/v1/org/staff").with(user(this.admin)).contentType(MediaType.APPLICATION_JSON).content("""
							{"employeeNo":"A9001","name":"接口新增","gender":"FEMALE","idCardNumber":"%s",
							 "mobile":"13900000001","unitId":%d,"category":"ADMINISTRATIVE","employmentType":"ENGAGED",
							 "hireDate":"2025-07-01"}""".formatted(OrgFixtures.idCard(11), unit)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/org/staff/")))
			.andExpect(jsonPath("$.employeeNo").value("A9001"))
			.andExpect(jsonPath("$.unitName").value("党政办"))
			.andExpect(jsonPath("$.idCardMasked", startsWith("110***********")))
			.andExpect(jsonPath("$.hireDate").value("2025-07-01"));
	}

	@Test
	void badIdCardChecksumIsRefusedAsABusinessRule() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/staff").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"employeeNo":"A9002","name":"校验失败","gender":"MALE","idCardNumber":"%s",
						 "unitId":%d,"category":"WORKER","employmentType":"DISPATCHED"}"""
					.formatted(OrgFixtures.badIdCard(12), this.fixtures.unitId("TOWN"))))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("idCardNumber"));
	}

	@Test
	void userWithoutManagePermissionCannotCreate() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/staff").with(user(this.fixtures.hospitalUser("org.staff.view")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"employeeNo":"A9003","name":"无权","gender":"MALE","unitId":%d,"category":"WORKER",
						 "employmentType":"DISPATCHED"}""".formatted(this.fixtures.unitId("HOSP"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void unitTreeHasNestedChildrenWithinScope() throws Exception {
		this.mvc.perform(get("/api/v1/org/units").with(user(this.fixtures.hospitalUser("org.unit.view"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("HOSP"))
			.andExpect(jsonPath("$[0].children[*].code", hasItem("HOSP-ZWK")))
			.andExpect(jsonPath("$[0].children[?(@.code == 'HOSP-ZWK')].children[0].code").value("HOSP-ZWK-WX"));
	}

	@Test
	void createsUnitAndAnswersCreatedWithLocation() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/units").with(user(this.fixtures.hospitalUser("org.unit.manage")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"parentId":%d,"code":"HOSP-XXK","name":"信息科","type":"SECTION"}"""
					.formatted(this.fixtures.unitId("HOSP"))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/org/units/\\d+")))
			.andExpect(jsonPath("$.code").value("HOSP-XXK"))
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void invalidUnitBodyListsTheFields() throws Exception {
		this.mvc
			.perform(post("/api/v1/org/units").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"\",\"name\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "type")))
			.andExpect(jsonPath("$.errors[*].message", everyItem(org.hamcrest.Matchers.not(endsWith("}")))));
	}

	@Test
	void departureOfSomeoneWhoStillHoldsThingsAnswersConflictListingThem() throws Exception {
		long deptHead = this.fixtures.staff("H0009").id();
		String body = """
				{"reason":"调往市医院","effectiveOn":"2026-12-31","exitStatus":"TRANSFERRED_OUT"}""";
		this.mvc
			.perform(post("/api/v1/org/staff/{id}/departure", deptHead).with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.items[*].kind", hasItem("担任机构负责人")))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("内科")));
		this.mvc.perform(get("/api/v1/org/staff/{id}", deptHead).with(user(this.admin)))
			.andExpect(jsonPath("$.status").value("ON_DUTY"));
	}

	@Test
	void departureWithNothingToHandOverCompletesAtOnce() throws Exception {
		long unit = this.fixtures.unitId("TOWN-DZB");
		String created = this.mvc
			.perform(
					post("/api/v1/org/staff").with(user(this.admin)).contentType(MediaType.APPLICATION_JSON).content("""
							{"employeeNo":"A9101","name":"离任测试","gender":"MALE","mobile":"13900000002","unitId":%d,
							 "category":"ADMINISTRATIVE","employmentType":"ENGAGED"}""".formatted(unit)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(
				post(created + "/departure").with(user(this.admin)).contentType(MediaType.APPLICATION_JSON).content("""
						{"reason":"个人原因","effectiveOn":"2026-12-31"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESIGNED"));
	}

	@Test
	void departureNeedsTheDayItTakesEffect() throws Exception {
		long staff = this.fixtures.staff("H0010").id();
		this.mvc
			.perform(post("/api/v1/org/staff/{id}/departure", staff).with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("effectiveOn")));
	}

}
