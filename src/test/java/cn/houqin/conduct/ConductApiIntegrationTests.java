package cn.houqin.conduct;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConductIntegrationTest
@Transactional
class ConductApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	ConductFixtures fixtures;

	CurrentUser office;

	CurrentUser unitHead;

	long keeper;

	long accountant;

	@BeforeEach
	void setUp() {
		this.fixtures = new ConductFixtures(this.users, this.org);
		this.office = this.fixtures.user("demo-conduct-office");
		this.unitHead = this.fixtures.user("demo-unit-head");
		this.keeper = this.fixtures.staffId("H0005");
		this.accountant = this.fixtures.staffId("H0008");
	}

	@Test
	void recordingAnswers201WithThePersonsAndTheirPoints() throws Exception {
		Map<Long, Integer> persons = new LinkedHashMap<>();
		persons.put(this.keeper, 4);
		persons.put(this.accountant, 2);
		create(ConductFixtures.record("A9-2", "2026-11-02", persons)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.persons.length()").value(2))
			.andExpect(jsonPath("$.persons[0].staffId").value(this.keeper))
			.andExpect(jsonPath("$.persons[0].points").value(4))
			.andExpect(jsonPath("$.persons[1].points").value(2))
			.andExpect(jsonPath("$.persons[0].status").value("NOTIFIED"));
	}

	@ParameterizedTest
	@DisplayName("篇2 第六条: points outside {12, 6, 4, 2, 1} answer 422")
	@ValueSource(ints = { 3, 5, 0, 7 })
	void refusesPointsThatAreNotAllowed(int points) throws Exception {
		create(ConductFixtures.record("A11-1", "2026-11-02", this.keeper, points))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("conduct.error.pointsNotAllowed"))
			.andExpect(jsonPath("$.errors[0].field").value("persons[0].points"));
	}

	@Test
	void refusesPointsAboveTheOffencesValue() throws Exception {
		create(ConductFixtures.record("A11-1", "2026-11-02", this.keeper, 2))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("conduct.error.pointsAboveOffence"));
	}

	@Test
	@DisplayName("篇2 第十七条: a record that must wait for the penalty issues no notice until it is decided")
	void waitsForThePenaltyDecision() throws Exception {
		String body = ConductFixtures.record("A8-2", "2026-11-02", this.keeper, 6)
			.replace("\"persons\"", "\"penaltyRequired\":true,\"persons\"");
		long id = idOf(create(body).andExpect(jsonPath("$.status").value("AWAITING_PENALTY")));
		standing(this.office, this.keeper, "2026-11-26").andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/penalty-decision", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"卫监罚〔2026〕12号 警告\",\"decidedOn\":\"2026-11-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.penaltyDecision").value("卫监罚〔2026〕12号 警告"));
		standing(this.office, this.keeper, "2026-11-26").andExpect(jsonPath("$.total").value(6))
			.andExpect(jsonPath("$.level").value("L3"));
	}

	@Test
	void standingAnswersTheContractShape() throws Exception {
		create(ConductFixtures.record("A11-2", "2026-03-02", this.keeper, 1));
		create(ConductFixtures.record("A10-1", "2026-05-02", this.keeper, 2));
		standing(this.office, this.keeper, "2026-11-26").andExpect(status().isOk())
			.andExpect(jsonPath("$.cycleStart").value("2026-01-01"))
			.andExpect(jsonPath("$.cycleEnd").value("2026-12-31"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.largestSingle").value(2))
			.andExpect(jsonPath("$.level").value("L1"))
			.andExpect(jsonPath("$.consequences[0]").value("TALK_BY_DEPT_HEAD"));
	}

	@Test
	@DisplayName("篇2 第十三条: a record on the last day of a cycle does not count in the next")
	void aRecordOnTheLastDayOfACycleStaysInIt() throws Exception {
		create(ConductFixtures.record("A9-1", "2025-12-31", this.keeper, 4));
		standing(this.office, this.keeper, "2025-12-31").andExpect(jsonPath("$.total").value(4));
		standing(this.office, this.keeper, "2026-01-01").andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.level").value("NONE"));
	}

	@Test
	@DisplayName("篇2 第十九条: a late appeal answers 422 with the deadline")
	void aLateAppealIsRefusedWithTheDeadline() throws Exception {
		long id = idOf(create(ConductFixtures.record("A11-3", "2025-09-29", this.keeper, 1)));
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/notices/{staffId}/receipt", id, this.keeper)
				.with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivedAt\":\"2025-09-30T02:00:00Z\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons[0].status").value("RECEIVED"))
			// receipt on the day before 国庆 2025: 10-09, 10-10 and the 调休 Saturday 10-11
			.andExpect(jsonPath("$.persons[0].appealDeadline").value("2025-10-11"));
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/appeals", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\":" + this.keeper + ",\"reason\":\"不服\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.deadline").value("2025-10-11"))
			.andExpect(jsonPath("$.detail").value(containsString("2025-10-11")));
	}

	@Test
	@DisplayName("篇2 第二十条: revoking the single 6 lowers the level and withdraws the tasks not done")
	void anAppealRevokedLowersTheStandingAndWithdrawsTasks() throws Exception {
		create(ConductFixtures.record("A11-4", "2026-11-03", this.accountant, 1));
		long id = idOf(create(ConductFixtures.record("A8-3", "2026-11-04", this.accountant, 6)));
		standing(this.office, this.accountant, "2026-11-26").andExpect(jsonPath("$.total").value(7))
			.andExpect(jsonPath("$.largestSingle").value(6))
			.andExpect(jsonPath("$.level").value("L3"));
		receiveNow(id, this.accountant);
		long appealId = appeal(id, this.accountant);
		standing(this.office, this.accountant, "2026-11-26").andExpect(jsonPath("$.total").value(7));
		this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.persons[0].status").value("UNDER_APPEAL"))
			.andExpect(jsonPath("$.appeals[0].approvalId").isNumber());
		this.mvc
			.perform(post("/api/v1/conduct/appeals/{id}/decision", appealId).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"REVOKE\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/conduct/appeals/{id}/decision", appealId).with(user(this.unitHead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"REVOKE\"}"))
			.andExpect(status().is2xxSuccessful());
		standing(this.office, this.accountant, "2026-11-26").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.level").value("L1"));
		this.mvc.perform(get("/api/v1/conduct/tasks").with(user(this.office)).param("staffId", "" + this.accountant))
			.andExpect(jsonPath("$[?(@.status == 'OPEN')].kind").value(hasItem("TALK_BY_DEPT_HEAD")))
			.andExpect(jsonPath("$[?(@.status == 'OPEN')].kind").value(not(hasItem("PUBLIC_CRITICISM"))))
			.andExpect(jsonPath("$[?(@.status == 'WITHDRAWN')].kind").value(hasItem("PUBLIC_CRITICISM")));
	}

	@Test
	void theLeadershipMayChangeThePointsToAnotherAllowedValue() throws Exception {
		long id = idOf(create(ConductFixtures.record("A9-4", "2026-11-04", this.accountant, 4)));
		receiveNow(id, this.accountant);
		long appealId = appeal(id, this.accountant);
		decide(appealId, "{\"outcome\":\"CHANGE\",\"points\":3}").andExpect(status().isUnprocessableContent());
		decide(appealId, "{\"outcome\":\"CHANGE\",\"points\":2}").andExpect(status().is2xxSuccessful());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.persons[0].points").value(2))
			.andExpect(jsonPath("$.persons[0].recordedPoints").value(4))
			.andExpect(jsonPath("$.persons[0].status").value("CONFIRMED"))
			.andExpect(jsonPath("$.appeals[0].outcome").value("CHANGE"));
	}

	private ResultActions decide(long appealId, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/conduct/appeals/{id}/decision", appealId).with(user(this.unitHead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void receiveNow(long id, long staffId) throws Exception {
		this.mvc
			.perform(post("/api/v1/conduct/records/{id}/notices/{staffId}/receipt", id, staffId).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk());
	}

	private long appeal(long id, long staffId) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/conduct/records/{id}/appeals", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\":" + staffId + ",\"reason\":\"事实有出入\"}"))
			.andDo(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(json.substring(json.lastIndexOf('/') + 1));
	}

	private ResultActions create(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/conduct/records").with(user(this.office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions standing(CurrentUser who, long staffId, String on) throws Exception {
		return this.mvc.perform(get("/api/v1/conduct/staff/{id}/standing", staffId).with(user(who)).param("on", on));
	}

	private static long idOf(ResultActions result) throws Exception {
		Number id = JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
		return id.longValue();
	}

}
