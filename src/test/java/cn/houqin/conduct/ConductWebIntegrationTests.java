package cn.houqin.conduct;

import java.io.IOException;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@ConductIntegrationTest
@Transactional
class ConductWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	ConductFixtures fixtures;

	CurrentUser office;

	long nurse;

	long doctor;

	long keeper;

	@BeforeEach
	void setUp() {
		this.fixtures = new ConductFixtures(this.users, this.org);
		this.office = this.fixtures.user("demo-conduct-office");
		this.nurse = this.fixtures.staffId("H0010");
		this.doctor = this.fixtures.staffId("H0009");
		this.keeper = this.fixtures.staffId("H0005");
	}

	@Test
	@DisplayName("a staff member sees only their own records; their dept head sees the unit's")
	void staffSeeOnlyTheirOwnAndTheDeptHeadTheUnits() throws Exception {
		long nurses = create("A11-1", this.nurse, 1);
		long doctors = create("A11-2", this.doctor, 1);
		long keepers = create("A11-3", this.keeper, 1);
		CurrentUser staff = this.fixtures.user("demo-staff");
		CurrentUser head = this.fixtures.user("demo-dept-head");
		this.mvc.perform(get("/api/v1/conduct/records/{id}", nurses).with(user(staff))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", doctors).with(user(staff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conduct/records/{id}", doctors).with(user(staff))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/conduct/records").with(user(staff)).param("size", "200"))
			.andExpect(jsonPath("$.items[?(@.recordId == " + doctors + ")]").isEmpty())
			.andExpect(jsonPath("$.items[?(@.recordId == " + nurses + ")]").isNotEmpty());
		this.mvc.perform(get("/api/v1/conduct/staff/{id}/standing", this.doctor).with(user(staff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", nurses).with(user(head))).andExpect(status().isOk());
		this.mvc.perform(get("/conduct/records/{id}", doctors).with(user(head))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", keepers).with(user(head)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conduct/records").with(user(head)).param("from", "2026-11-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("陈秀兰"))));
	}

	@Test
	@DisplayName("the approval page's link to an appeal opens its record, within the caller's sight")
	void anAppealsLinkOpensItsRecordWithinSight() throws Exception {
		long nurses = create("A11-1", this.nurse, 1);
		this.service.receive(this.office, nurses, this.nurse, null, null);
		long appeal = this.service.appeal(this.office, nurses, this.nurse, "事实不清");
		this.mvc.perform(get("/conduct/appeals/{id}", appeal).with(user(this.fixtures.user("demo-unit-head"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/conduct/records/" + nurses));
		this.mvc.perform(get("/conduct/appeals/{id}", appeal).with(user(this.fixtures.user("demo-staff"))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/conduct/appeals/{id}", appeal).with(user(this.fixtures.user("demo-asset-keeper"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conduct/appeals/{id}", Long.MAX_VALUE).with(user(this.office)))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@DisplayName("nobody outside the conduct office creates or changes records")
	@ValueSource(strings = { "demo-staff", "demo-dept-head", "demo-unit-head", "demo-logistics", "demo-logistics-head",
			"demo-auditor", "demo-admin" })
	void onlyTheConductOfficeCreatesOrChangesRecords(String username) throws Exception {
		long id = create("A11-1", this.nurse, 1);
		CurrentUser other = this.fixtures.user(username);
		this.mvc
			.perform(post("/api/v1/conduct/records").with(user(other))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ConductFixtures.record("A11-1", "2026-11-02", this.nurse, 1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/conduct/records/new").with(user(other))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/conduct/records/new").with(user(other))
				.with(csrf())
				.param("offenceCode", "A11-1")
				.param("occurredOn", "2026-11-02")
				.param("source", "HOTLINE")
				.param("description", "x")
				.param("persons[0].employeeNo", "H0010")
				.param("persons[0].points", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/penalty-decision", id).with(user(other))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/conduct/records/{id}/corrections/{s}", id, this.nurse).with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFormRecordsAndShowsFieldErrorsInline() throws Exception {
		this.mvc
			.perform(post("/conduct/records/new").with(user(this.office))
				.with(csrf())
				.param("offenceCode", "A11-1")
				.param("occurredOn", "2026-11-02")
				.param("source", "HOTLINE")
				.param("description", "上班玩手机")
				.param("persons[0].employeeNo", "H0010")
				.param("persons[0].points", "4"))
			.andExpect(status().isOk())
			.andExpect(view().name("conduct/record-form"))
			.andExpect(model().attributeHasFieldErrorCode("recordForm", "persons[0].points",
					"conduct.error.pointsAboveOffence"));
		this.mvc
			.perform(post("/conduct/records/new").with(user(this.office))
				.with(csrf())
				.param("offenceCode", "A11-1")
				.param("occurredOn", "2026-11-02")
				.param("source", "HOTLINE")
				.param("description", "上班玩手机")
				.param("persons[1].employeeNo", "H0010")
				.param("persons[1].points", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/conduct/records/*"));
	}

	@Test
	@DisplayName("篇2 第十六条: the notice PDF carries the seed's form")
	void theNoticeIsAPdfInTheSeedsForm() throws Exception {
		long id = create("A9-3", this.keeper, 4);
		byte[] pdf = this.mvc
			.perform(get("/conduct/records/{id}/notices/{s}/pdf", id, this.keeper).with(user(this.office))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("行政、后勤人员不良执业行为积分通知书", "陈秀兰", "4分", "无正当理由请事假", "3个工作日");
	}

	@Test
	@DisplayName("篇2 第十八条: the disclosure lists confirmed records only")
	void theDisclosureListsConfirmedRecordsOnly() throws Exception {
		long id = create("A10-2", this.keeper, 2);
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/notices/{s}/receipt", id, this.keeper).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivedAt\":\"2026-11-02T02:00:00Z\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/conduct/disclosure").with(user(this.office)).param("month", "2026-11"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("陈秀兰"))));
		long appealable = create("A10-3", this.keeper, 2);
		assertThat(appealable).isPositive();
		// the window of the first closed on 2026-11-05: it becomes final
		this.mvc.perform(get("/conduct/disclosure").with(user(this.office)).param("month", "2026-11"));
		confirmLapsed();
		this.mvc.perform(get("/conduct/disclosure").with(user(this.office)).param("month", "2026-11"))
			.andExpect(content().string(containsString("陈秀兰")))
			.andExpect(content().string(containsString("A10-2")))
			.andExpect(content().string(not(containsString("A10-3"))));
		byte[] pdf = this.mvc.perform(get("/conduct/disclosure/pdf").with(user(this.office)).param("month", "2026-11"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("陈秀兰", "A10-2").doesNotContain("A10-3");
	}

	@Test
	void everyPageRendersForItsUsers() throws Exception {
		create("A11-5", this.nurse, 1);
		CurrentUser staff = this.fixtures.user("demo-staff");
		for (String path : new String[] { "/conduct/records", "/conduct/standing", "/conduct/disclosure" }) {
			this.mvc.perform(get(path).with(user(staff))).andExpect(status().isOk());
		}
		for (String path : new String[] { "/conduct/records", "/conduct/records/new", "/conduct/tasks",
				"/conduct/reports", "/conduct/offences", "/conduct/records/export" }) {
			this.mvc.perform(get(path).with(user(this.office))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/conduct/records").with(user(staff)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/conduct/standing").with(user(this.office)).param("employeeNo", "H0010"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("吴娜")));
	}

	@Autowired
	cn.houqin.conduct.domain.ConductService service;

	private void confirmLapsed() {
		this.service.confirmLapsed(java.time.LocalDate.of(2026, 11, 27));
	}

	private long create(String offence, long staffId, int points) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/conduct/records").with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ConductFixtures.record(offence, "2026-11-02", staffId, points)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(json, "$.id").longValue();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

}
