package cn.houqin.conduct;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.ConductService.PersonShare;
import cn.houqin.conduct.domain.RecordDraft;
import cn.houqin.conduct.domain.Source;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules are data: an administrator edits the tenant's policy on its page or over the
 * API, bad input is refused on its field, and every rule follows the change.
 */
@ConductIntegrationTest
@Transactional
class PolicyIntegrationTests {

	static final String DEFAULTS = "{\"version\":%s,\"appealWorkingDays\":3,\"l1Min\":1,\"l1Max\":5,\"l2Min\":6,\"l2Max\":8,"
			+ "\"l3Total\":9,\"l3Single\":6,\"l4Total\":12,\"l4Single\":12,\"allowedPoints\":[12,6,4,2,1],"
			+ "\"validationDate\":\"01-01\",\"disclosurePeriod\":\"MONTHLY\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	ConductService conduct;

	CurrentUser admin;

	CurrentUser office;

	long keeper;

	@BeforeEach
	void setUp() {
		ConductFixtures fixtures = new ConductFixtures(this.users, this.org);
		this.admin = fixtures.user("demo-admin");
		this.office = fixtures.user("demo-conduct-office");
		this.keeper = fixtures.staffId("H0005");
	}

	@Test
	void theAdministratorReadsTheSeedsDefaults() throws Exception {
		this.mvc.perform(get("/api/v1/conduct/policy").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appealWorkingDays").value(3))
			.andExpect(jsonPath("$.l1Max").value(5))
			.andExpect(jsonPath("$.l2Min").value(6))
			.andExpect(jsonPath("$.l3Single").value(6))
			.andExpect(jsonPath("$.l4Single").value(12))
			.andExpect(jsonPath("$.allowedPoints").value(contains(12, 6, 4, 2, 1)))
			.andExpect(jsonPath("$.validationDate").value("01-01"))
			.andExpect(jsonPath("$.disclosurePeriod").value("MONTHLY"));
	}

	@Test
	void onlyThePolicyPermissionReadsOrChangesIt() throws Exception {
		for (String name : List.of("demo-conduct-office", "demo-staff", "demo-unit-head")) {
			CurrentUser who = this.users.loadUserByUsername(name);
			this.mvc.perform(get("/api/v1/conduct/policy").with(user(who))).andExpect(status().isForbidden());
			this.mvc
				.perform(put("/api/v1/conduct/policy").with(user(who))
					.contentType(MediaType.APPLICATION_JSON)
					.content(DEFAULTS.formatted("null")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/conduct/policy").with(user(who))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aGapBetweenTheLevelsAnswers422OnItsField() throws Exception {
		change(DEFAULTS.formatted("null").replace("\"l2Min\":6", "\"l2Min\":7"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("conduct.policy.error.follows"))
			.andExpect(jsonPath("$.errors[0].field").value("l2Min"));
		change(DEFAULTS.formatted("null").replace("\"appealWorkingDays\":3", "\"appealWorkingDays\":0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("appealWorkingDays"));
		change(DEFAULTS.formatted("null").replace("[12,6,4,2,1]", "[12,-6]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("allowedPoints"));
		change(DEFAULTS.formatted("null").replace("01-01", "02-30")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("validationDate"));
	}

	@Test
	void anOutdatedVersionAnswers409() throws Exception {
		change(DEFAULTS.formatted("null").replace("\"appealWorkingDays\":3", "\"appealWorkingDays\":4"))
			.andExpect(status().isOk());
		change(DEFAULTS.formatted("0").replace("\"appealWorkingDays\":3", "\"appealWorkingDays\":5"))
			.andExpect(status().isOk());
		change(DEFAULTS.formatted("0")).andExpect(status().isConflict());
	}

	@Test
	void aLowerLevel2BoundMakesATotalOf5Level2() throws Exception {
		record("A9-2", 4);
		record("A11-1", 1);
		standing().andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.level").value("L1"));
		change(DEFAULTS.formatted("null").replace("\"l1Max\":5,\"l2Min\":6", "\"l1Max\":4,\"l2Min\":5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.l2Min").value(5));
		standing().andExpect(jsonPath("$.level").value("L2"));
	}

	@Test
	void aFiveDayWindowMovesTheAppealDeadline() throws Exception {
		change(DEFAULTS.formatted("null").replace("\"appealWorkingDays\":3", "\"appealWorkingDays\":5"))
			.andExpect(status().isOk());
		long id = this.conduct.record(this.office, "A11-1",
				new RecordDraft(LocalDate.of(2026, 9, 1), Source.SURVEY, "问卷反映", null, false, null),
				List.of(new PersonShare(this.keeper, 1)), List.of());
		// received Friday 11-06: 5 working days are 11-09 to 11-13
		LocalDate deadline = this.conduct.receive(this.office, id, this.keeper,
				OffsetDateTime.parse("2026-11-06T10:00:00+08:00").toInstant(), null);
		assertThat(deadline).isEqualTo(LocalDate.of(2026, 11, 13));
	}

	@Test
	void addingThreeToTheAllowedValuesAcceptsThreePoints() throws Exception {
		create("A9-2", 3).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("conduct.error.pointsNotAllowed"));
		change(DEFAULTS.formatted("null").replace("[12,6,4,2,1]", "[12,6,4,3,2,1]")).andExpect(status().isOk());
		create("A9-2", 3).andExpect(status().isCreated()).andExpect(jsonPath("$.persons[0].points").value(3));
		this.mvc.perform(get("/conduct/records/new").with(user(this.office)))
			.andExpect(content().string(containsString("<option value=\"3\">")));
	}

	@Test
	void aLaterDefaultValidationDateMovesTheCycle() throws Exception {
		change(DEFAULTS.formatted("null").replace("01-01", "07-01")).andExpect(status().isOk());
		standing().andExpect(jsonPath("$.cycleStart").value("2026-07-01"))
			.andExpect(jsonPath("$.cycleEnd").value("2027-06-30"));
	}

	@Test
	void thePageShowsErrorsInlineAndSaves() throws Exception {
		this.mvc.perform(get("/conduct/policy").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"policy-form\"")));
		this.mvc
			.perform(post("/conduct/policy").with(user(this.admin))
				.with(csrf())
				.param("version", "0")
				.param("appealWorkingDays", "3")
				.param("l1Min", "1")
				.param("l1Max", "5")
				.param("l2Min", "6")
				.param("l2Max", "8")
				.param("l3Total", "11")
				.param("l3Single", "6")
				.param("l4Total", "12")
				.param("l4Single", "12")
				.param("allowedPoints", "12, 6, 4, 2, 1")
				.param("validationDate", "01-01")
				.param("disclosurePeriod", "MONTHLY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post("/conduct/policy").with(user(this.admin))
				.with(csrf())
				.param("version", "0")
				.param("appealWorkingDays", "4")
				.param("l1Min", "1")
				.param("l1Max", "5")
				.param("l2Min", "6")
				.param("l2Max", "8")
				.param("l3Total", "9")
				.param("l3Single", "6")
				.param("l4Total", "12")
				.param("l4Single", "12")
				.param("allowedPoints", "12，6，4，2，1")
				.param("validationDate", "1-1")
				.param("disclosurePeriod", "QUARTERLY"))
			.andExpect(redirectedUrl("/conduct/policy"));
		this.mvc.perform(get("/api/v1/conduct/policy").with(user(this.admin)))
			.andExpect(jsonPath("$.appealWorkingDays").value(4))
			.andExpect(jsonPath("$.disclosurePeriod").value("QUARTERLY"));
	}

	private ResultActions change(String body) throws Exception {
		return this.mvc.perform(put("/api/v1/conduct/policy").with(user(this.admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void record(String code, int points) throws Exception {
		create(code, points).andExpect(status().isCreated());
	}

	private ResultActions create(String code, int points) throws Exception {
		return this.mvc.perform(post("/api/v1/conduct/records").with(user(this.office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(ConductFixtures.record(code, "2026-11-02", this.keeper, points)));
	}

	private ResultActions standing() throws Exception {
		return this.mvc.perform(get("/api/v1/conduct/staff/{id}/standing", this.keeper).with(user(this.office))
			.param("on", "2026-11-26"));
	}

}
