package cn.houqin.org.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.OrgIntegrationTest;
import cn.houqin.org.domain.UnitChoice;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@OrgIntegrationTest
class OrgUnitPagesIntegrationTests {

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
	void treeShowsTheVisibleUnitsOnly() throws Exception {
		this.mvc.perform(get("/org/units").with(user(this.fixtures.hospitalUser("org.unit.view"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("县人民医院")))
			.andExpect(content().string(containsString("维修班")))
			.andExpect(content().string(not(containsString("城关镇人民政府"))));
	}

	@Test
	void selectedUnitFlagsOverEstablishment() throws Exception {
		this.mvc
			.perform(get("/org/units").param("selected", String.valueOf(this.fixtures.unitId("HOSP-NK")))
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超编")))
			.andExpect(content().string(containsString("table-danger")));
	}

	@Test
	void htmxSelectionGetsOnlyTheDetailPanel() throws Exception {
		this.mvc
			.perform(get("/org/units").param("selected", String.valueOf(this.fixtures.unitId("HOSP-ZWK")))
				.header("HX-Request", "true")
				.with(user(this.admin)))
			.andExpect(view().name("org/units/tree :: detail"))
			.andExpect(content().string(containsString("id=\"unit-detail\"")))
			.andExpect(content().string(containsString("总务科")))
			.andExpect(content().string(not(containsString("navbar"))));
	}

	@Test
	void unitOutsideScopeAnswersNotFound() throws Exception {
		this.mvc
			.perform(get("/org/units").param("selected", String.valueOf(this.fixtures.unitId("TOWN")))
				.with(user(this.fixtures.hospitalUser("org.unit.view"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void creatingChildWithBlankNameShowsInlineError() throws Exception {
		this.mvc
			.perform(post("/org/units/new").with(user(this.admin))
				.with(csrf())
				.param("parentId", String.valueOf(this.fixtures.unitId("HOSP")))
				.param("code", "HOSP-NEW")
				.param("name", "")
				.param("type", "SECTION")
				.param("sortOrder", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("unitForm", "name"))
			.andExpect(content().string(containsString("必填")));
	}

	@Test
	void movingUnitBelowItsOwnSubtreeIsRefusedOnTheParentField() throws Exception {
		long hospital = this.fixtures.unitId("HOSP");
		String form = this.mvc.perform(get("/org/units/{id}/edit", hospital).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		this.mvc
			.perform(post("/org/units/{id}/edit", hospital).with(user(this.admin))
				.with(csrf())
				.param("parentId", String.valueOf(this.fixtures.unitId("HOSP-ZWK")))
				.param("code", "HOSP")
				.param("name", "县人民医院")
				.param("type", "INSTITUTION")
				.param("sortOrder", "4")
				.param("version", version))
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "parentId", "org.unit.error.cycle"));
	}

	@Test
	void parentChoicesLeaveOutTheUnitAndItsSubtree() {
		List<UnitChoice> choices = List.of(new UnitChoice(1, "局", 0, true), new UnitChoice(2, "医院", 1, true),
				new UnitChoice(3, "总务科", 2, true), new UnitChoice(4, "维修班", 3, true), new UnitChoice(5, "医务科", 2, true),
				new UnitChoice(6, "学校", 1, true));

		assertThat(OrgUnitController.parentChoices(choices, 2L)).extracting(UnitChoice::id).containsExactly(1L, 6L);
		assertThat(OrgUnitController.parentChoices(choices, 3L)).extracting(UnitChoice::id)
			.containsExactly(1L, 2L, 5L, 6L);
	}

	@Test
	void deactivatingUnitWithStaffOnDutyIsRefused() throws Exception {
		this.mvc
			.perform(post("/org/units/{id}/deactivate", this.fixtures.unitId("HOSP-ZWK")).with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/org/units?selected=*"))
			.andExpect(flash().attribute("flashError", "org.unit.error.hasStaff"));
	}

	@Test
	void approvingHeadcountUpdatesTheEstablishment() throws Exception {
		long unit = this.fixtures.unitId("HOSP-YWK");
		String clerk = "科员";
		this.mvc
			.perform(post("/org/units/{id}/establishment", unit).with(user(this.admin))
				.with(csrf())
				.param("positionId", positionId(clerk))
				.param("approvedHeadcount", "3"))
			.andExpect(flash().attribute("flashSuccess", "org.establishment.saved"));
	}

	@Test
	void viewerCannotManageUnits() throws Exception {
		this.mvc.perform(get("/org/units/new").with(user(this.fixtures.hospitalUser("org.unit.view"))))
			.andExpect(status().isForbidden());
	}

	private String positionId(String name) throws Exception {
		String html = this.mvc
			.perform(get("/org/units").param("selected", String.valueOf(this.fixtures.unitId("HOSP")))
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return html.replaceAll("(?s).*<option value=\"(\\d+)\">" + name + "</option>.*", "$1");
	}

}
