package cn.houqin.org.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.OrgIntegrationTest;
import cn.houqin.shared.security.CurrentUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@OrgIntegrationTest
class StaffPagesIntegrationTests {

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
	void listRendersStaffWithinTheLayout() throws Exception {
		this.mvc.perform(get("/org/staff").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(view().name("org/staff/list"))
			.andExpect(content().string(containsString("navbar")))
			.andExpect(content().string(containsString("E0001")))
			.andExpect(content().string(containsString("id=\"filters\"")));
	}

	@Test
	void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
		this.mvc.perform(get("/org/staff").param("q", "张建华").header("HX-Request", "true").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(view().name("org/staff/list :: results"))
			.andExpect(content().string(containsString("张建华")))
			.andExpect(content().string(not(containsString("navbar"))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void unitFilterIncludesTheUnitsBelow() throws Exception {
		this.mvc
			.perform(get("/org/staff").param("unitId", String.valueOf(this.fixtures.unitId("HOSP-ZWK")))
				.header("HX-Request", "true")
				.with(user(this.admin)))
			.andExpect(content().string(containsString("杨勇")))
			.andExpect(content().string(not(containsString("周明"))));
	}

	@Test
	@DisplayName("身份证号校验码错误时在表单字段上显示中文错误")
	void createWithBadIdCardShowsInlineError() throws Exception {
		this.mvc
			.perform(post("/org/staff/new").with(user(this.admin))
				.with(csrf())
				.param("employeeNo", "T9001")
				.param("name", "测试")
				.param("gender", "MALE")
				.param("idCardNumber", OrgFixtures.badIdCard(3))
				.param("unitId", String.valueOf(this.fixtures.unitId("HOSP-ZWK")))
				.param("category", "LOGISTICS")
				.param("employmentType", "ESTABLISHED"))
			.andExpect(status().isOk())
			.andExpect(view().name("org/staff/form"))
			.andExpect(model().attributeHasFieldErrorCode("staffForm", "idCardNumber", "org.staff.error.idCard"))
			.andExpect(content().string(containsString("身份证号无效")));
	}

	@Test
	void createWithValidDetailsRedirectsToTheDetailPageShowingTheMaskedIdCard() throws Exception {
		String idCard = OrgFixtures.idCard(4);
		this.mvc
			.perform(post("/org/staff/new").with(user(this.admin))
				.with(csrf())
				.param("employeeNo", "T9002")
				.param("name", "测试乙")
				.param("gender", "FEMALE")
				.param("idCardNumber", idCard)
				.param("mobile", "13800000002")
				.param("unitId", String.valueOf(this.fixtures.unitId("HOSP-ZWK")))
				.param("category", "LOGISTICS")
				.param("employmentType", "CONTRACT")
				.param("hireDate", "2024-03-01"))
			.andExpect(redirectedUrlPattern("/org/staff/*"));

		long id = this.fixtures.staff("T9002").id();
		this.mvc.perform(get("/org/staff/{id}", id).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("110***********" + idCard.substring(14))))
			.andExpect(content().string(not(containsString(idCard))));
	}

	@Test
	void editWithStaleVersionSaysSomeoneElseChangedIt() throws Exception {
		var member = this.fixtures.staff("E0001");
		this.mvc
			.perform(post("/org/staff/{id}/edit", member.id()).with(user(this.admin))
				.with(csrf())
				.param("employeeNo", "E0001")
				.param("name", "改名")
				.param("gender", "MALE")
				.param("unitId", String.valueOf(member.unitId()))
				.param("category", "LOGISTICS")
				.param("employmentType", "ESTABLISHED")
				.param("version", "999"))
			.andExpect(status().isOk())
			.andExpect(view().name("org/staff/form"))
			.andExpect(content().string(containsString("已被他人修改")));
	}

	@Test
	void editFormShowsTheMaskedIdCardAndLeavesTheNumberBlank() throws Exception {
		long id = this.fixtures.staff("H0004").id();
		this.mvc.perform(get("/org/staff/{id}/edit", id).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"id-card-kept\"")))
			.andExpect(content().string(containsString("411***********")))
			.andExpect(model().attribute("staffForm",
					org.hamcrest.Matchers.hasProperty("idCardNumber", org.hamcrest.Matchers.nullValue())));
	}

	@Test
	void newFormAndImportPageRender() throws Exception {
		this.mvc.perform(get("/org/staff/new").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"staff-form\"")));
		this.mvc.perform(get("/org/staff/import").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"download-template\"")));
		this.mvc
			.perform(get("/org/units/new").param("parentId", String.valueOf(this.fixtures.unitId("HOSP")))
				.with(user(this.admin)))
			.andExpect(status().isOk());
	}

	@Test
	void userWithoutManagePermissionIsForbiddenTheForm() throws Exception {
		CurrentUser viewer = this.fixtures.hospitalUser("org.staff.view");
		this.mvc.perform(get("/org/staff/new").with(user(viewer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/org/staff/new").with(user(viewer)).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffOutsideScopeAnswersNotFound() throws Exception {
		long townStaff = this.fixtures.staff("T0001").id();
		this.mvc.perform(get("/org/staff/{id}", townStaff).with(user(this.fixtures.hospitalUser("org.staff.view"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("负责人调任时有未移交事项，不能完成，并列出事项")
	void completingTransferOfAUnitHeadIsRefusedWithTheOpenItemsListed() throws Exception {
		long head = this.fixtures.staff("H0001").id();
		this.mvc
			.perform(post("/org/staff/{id}/transfer", head).with(user(this.admin))
				.with(csrf())
				.param("toUnitId", String.valueOf(this.fixtures.unitId("SCH")))
				.param("effectiveDate", "2026-12-01")
				.param("reason", "工作需要"))
			.andExpect(redirectedUrlPattern("/org/staff/*"));

		this.mvc.perform(post("/org/staff/{id}/complete", head).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrlPattern("/org/staff/*"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "org.staff.error.handoverOpen"));
		this.mvc.perform(get("/org/staff/{id}", head).with(user(this.admin)))
			.andExpect(content().string(containsString("担任机构负责人")))
			.andExpect(content().string(containsString("id=\"complete-move\"")));
		org.assertj.core.api.Assertions.assertThat(this.fixtures.staff("H0001").unitId())
			.isEqualTo(this.fixtures.unitId("HOSP"));
	}

	@Test
	void transferOfStaffWithNothingToHandOverCompletes() throws Exception {
		var member = this.fixtures.staff("H0010");
		long target = this.fixtures.unitId("HOSP-WK");
		this.mvc.perform(post("/org/staff/{id}/transfer", member.id()).with(user(this.admin))
			.with(csrf())
			.param("toUnitId", String.valueOf(target))
			.param("effectiveDate", "2026-12-01"));
		this.mvc.perform(post("/org/staff/{id}/complete", member.id()).with(user(this.admin)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashSuccess", "org.move.completed"));

		org.assertj.core.api.Assertions.assertThat(this.fixtures.staff("H0010").unitId()).isEqualTo(target);
	}

	@Test
	void transferWithoutDateShowsInlineError() throws Exception {
		long id = this.fixtures.staff("H0010").id();
		this.mvc
			.perform(post("/org/staff/{id}/transfer", id).with(user(this.admin))
				.with(csrf())
				.param("toUnitId", String.valueOf(this.fixtures.unitId("HOSP-WK"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("transferForm", "effectiveDate"));
	}

}
