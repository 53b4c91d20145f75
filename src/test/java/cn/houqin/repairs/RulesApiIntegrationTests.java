package cn.houqin.repairs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.SlaBook;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET/PUT /api/v1/repairs/rules}: the SLA table, working hours and contractor
 * limit; bad input answers 422 problem+json naming the field.
 */
@RepairsIntegrationTest
@Transactional
class RulesApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	SlaBook book;

	CurrentUser admin;

	CurrentUser dispatcher;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.admin = fixtures.user("demo-admin");
		this.dispatcher = fixtures.user("demo-logistics");
	}

	private ObjectNode current() throws Exception {
		return (ObjectNode) this.json.readTree(this.mvc.perform(get("/api/v1/repairs/rules").with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions send(ObjectNode body) throws Exception {
		return this.mvc.perform(put("/api/v1/repairs/rules").with(user(this.admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private static ObjectNode term(ObjectNode rules, int i) {
		return (ObjectNode) rules.get("terms").get(i);
	}

	@Test
	@DisplayName("GET shows the default SLA table, working hours and contractor limit")
	void showsTheRules() throws Exception {
		this.mvc.perform(get("/api/v1/repairs/rules").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.terms.length()").value(4))
			.andExpect(jsonPath("$.terms[0].urgency").value("URGENT"))
			.andExpect(jsonPath("$.terms[0].respondMinutes").value(30))
			.andExpect(jsonPath("$.terms[0].respondOnClock").value(true))
			.andExpect(jsonPath("$.terms[2].fixMinutes").value(1440))
			.andExpect(jsonPath("$.hours.morningStart").value("08:00:00"))
			.andExpect(jsonPath("$.contractorLimit").value(2000.00))
			.andExpect(jsonPath("$.labourRate").value(80.00));
	}

	@Test
	@DisplayName("PUT replaces the rules; the next read and the rule book use them")
	void changesTheRules() throws Exception {
		ObjectNode rules = current();
		term(rules, 1).put("fixMinutes", 960);
		((ObjectNode) rules.get("hours")).put("afternoonEnd", "17:30");
		rules.put("contractorLimit", "3500");
		rules.put("labourRate", "95.5");
		send(rules).andExpect(status().isOk())
			.andExpect(jsonPath("$.terms[1].fixMinutes").value(960))
			.andExpect(jsonPath("$.contractorLimit").value(3500.00))
			.andExpect(jsonPath("$.labourRate").value(95.50));
		long tenant = this.admin.tenantId();
		assertThat(this.book.terms(tenant, Urgency.HIGH).fixMinutes()).isEqualTo(960);
		assertThat(this.book.hours(tenant).afternoonEnd()).hasToString("17:30");
		assertThat(this.book.contractorLimit(tenant)).isEqualByComparingTo("3500");
		assertThat(this.book.labourRate(tenant)).isEqualByComparingTo("95.50");
	}

	@Test
	@DisplayName("a fix time shorter than the response time is 422 naming the term's field")
	void refusesFixBeforeRespond() throws Exception {
		ObjectNode rules = current();
		term(rules, 3).put("fixMinutes", 10);
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("repairs.rules.error.fixBeforeRespond"))
			.andExpect(jsonPath("$.errors[0].field").value("terms[3].fixMinutes"));
	}

	@Test
	@DisplayName("minutes out of range, a missing urgency, unordered hours and a negative limit each name their field")
	void namesTheBadField() throws Exception {
		ObjectNode rules = current();
		term(rules, 0).put("respondMinutes", 0);
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("terms[0].respondMinutes"));

		rules = current();
		term(rules, 2).put("urgency", "SOON");
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("terms[2].urgency"));

		rules = current();
		((ObjectNode) rules.get("hours")).put("morningEnd", "07:00");
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hours.morningEnd"));

		rules = current();
		((ObjectNode) rules.get("hours")).remove("afternoonStart");
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hours.afternoonStart"));

		rules = current();
		rules.put("contractorLimit", "-1");
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("contractorLimit"));

		rules = current();
		rules.put("labourRate", "-0.01");
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("labourRate"));

		rules = current();
		rules.remove("labourRate");
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("labourRate"));

		rules = current();
		((tools.jackson.databind.node.ArrayNode) rules.get("terms")).remove(3);
		send(rules).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("terms"));
		assertThat(this.book.contractorLimit(this.admin.tenantId())).isEqualByComparingTo("2000");
		assertThat(this.book.labourRate(this.admin.tenantId())).isEqualByComparingTo("80");
	}

	@Test
	@DisplayName("only holders of repairs.rules read or change the rules")
	void rulesAreForAdministrators() throws Exception {
		this.mvc.perform(get("/api/v1/repairs/rules").with(user(this.dispatcher))).andExpect(status().isForbidden());
		ObjectNode rules = current();
		this.mvc
			.perform(put("/api/v1/repairs/rules").with(user(this.dispatcher))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(rules)))
			.andExpect(status().isForbidden());
	}

}
