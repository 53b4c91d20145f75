package cn.houqin.conduct;

import com.jayway.jsonpath.JsonPath;
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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Per role, on the API and the pages: who sees which records, and that only the conduct
 * office records and the leadership decides appeals (decisions include revoking).
 */
@ConductIntegrationTest
@Transactional
class RoleIntegrationTests {

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
	@DisplayName("the staff member's list page and API show their own records only; the dept head's the unit's")
	void listsFollowTheRole() throws Exception {
		long own = create("A11-1", this.nurse);
		long colleague = create("A11-2", this.doctor);
		long elsewhere = create("A11-3", this.keeper);
		CurrentUser staff = this.fixtures.user("demo-staff");
		CurrentUser head = this.fixtures.user("demo-dept-head");
		this.mvc.perform(get("/conduct/records").with(user(staff)).param("from", "2026-11-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/conduct/records/" + own + "\"")))
			.andExpect(content().string(not(containsString("/conduct/records/" + colleague + "\""))))
			.andExpect(content().string(not(containsString("/conduct/records/" + elsewhere + "\""))));
		this.mvc.perform(get("/conduct/records/{id}", elsewhere).with(user(staff))).andExpect(status().isNotFound());
		this.mvc.perform(get("/conduct/records").with(user(head)).param("from", "2026-11-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/conduct/records/" + own + "\"")))
			.andExpect(content().string(containsString("/conduct/records/" + colleague + "\"")))
			.andExpect(content().string(not(containsString("/conduct/records/" + elsewhere + "\""))));
		this.mvc.perform(get("/api/v1/conduct/records").with(user(head)).param("size", "200"))
			.andExpect(jsonPath("$.items[?(@.recordId == " + colleague + ")]").isNotEmpty())
			.andExpect(jsonPath("$.items[?(@.recordId == " + elsewhere + ")]").isEmpty());
		this.mvc.perform(get("/api/v1/conduct/staff/{id}/standing", this.doctor).with(user(head)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/conduct/staff/{id}/standing", this.keeper).with(user(head)))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@DisplayName("only the leadership decides or revokes an appeal, on the API and the page")
	@ValueSource(strings = { "demo-staff", "demo-dept-head", "demo-logistics", "demo-logistics-head", "demo-auditor",
			"demo-admin", "demo-conduct-office" })
	void othersCannotDecideOrRevoke(String username) throws Exception {
		long id = create("A9-2", this.nurse, 4);
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/notices/{staffId}/receipt", id, this.nurse)
				.with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk());
		String location = this.mvc
			.perform(post("/api/v1/conduct/records/{id}/appeals", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\":" + this.nurse + ",\"reason\":\"事实有出入\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long appealId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		CurrentUser other = this.fixtures.user(username);
		this.mvc
			.perform(post("/api/v1/conduct/appeals/{id}/decision", appealId).with(user(other))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"REVOKE\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/conduct/records/{id}/appeals/{appealId}/decide", id, appealId).with(user(other))
				.with(csrf())
				.param("outcome", "REVOKE"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.persons[0].status").value("UNDER_APPEAL"))
			.andExpect(jsonPath("$.persons[0].points").value(4));
	}

	@ParameterizedTest
	@DisplayName("nobody outside the conduct office records a penalty decision, a correction or a validation date")
	@ValueSource(strings = { "demo-staff", "demo-dept-head", "demo-logistics", "demo-unit-head", "demo-admin" })
	void othersCannotChangeRecords(String username) throws Exception {
		long id = create("A11-1", this.nurse);
		CurrentUser other = this.fixtures.user(username);
		this.mvc
			.perform(post("/conduct/records/{id}/penalty", id).with(user(other)).with(csrf()).param("decision", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/penalty-decision", id).with(user(other))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/conduct/standing/validation-date").with(user(other))
				.with(csrf())
				.param("employeeNo", "H0010")
				.param("validationDate", "2026-03-01"))
			.andExpect(status().isForbidden());
	}

	private long create(String offence, long staffId) throws Exception {
		return create(offence, staffId, 1);
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

}
