package cn.houqin.conduct;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 篇2 第十三条: the conduct office sets a person's validation date (校验日) from their standing
 * page; the cycle follows it.
 */
@ConductIntegrationTest
@Transactional
class ValidationDateWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	CurrentUser office;

	long keeper;

	@BeforeEach
	void setUp() {
		ConductFixtures fixtures = new ConductFixtures(this.users, this.org);
		this.office = fixtures.user("demo-conduct-office");
		this.keeper = fixtures.staffId("H0005");
	}

	@Test
	void theOfficeSetsTheValidationDateAndTheCycleFollows() throws Exception {
		this.mvc.perform(get("/conduct/standing").with(user(this.office)).param("employeeNo", "H0005"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"validation-date-form\"")));
		this.mvc
			.perform(post("/conduct/standing/validation-date").with(user(this.office))
				.with(csrf())
				.param("employeeNo", "H0005")
				.param("validationDate", "2025-07-01"))
			.andExpect(redirectedUrl("/conduct/standing?employeeNo=H0005"));
		this.mvc
			.perform(get("/api/v1/conduct/staff/{id}/standing", this.keeper).with(user(this.office))
				.param("on", "2026-11-26"))
			.andExpect(jsonPath("$.cycleStart").value("2026-07-01"))
			.andExpect(jsonPath("$.cycleEnd").value("2027-06-30"));
		this.mvc.perform(get("/conduct/standing").with(user(this.office)).param("employeeNo", "H0005"))
			.andExpect(content().string(containsString("2025-07-01")));
	}

	@Test
	void aFutureOrMissingDateIsRefusedInline() throws Exception {
		for (String bad : new String[] { "2999-01-01", "", "01/07/2025" }) {
			this.mvc
				.perform(post("/conduct/standing/validation-date").with(user(this.office))
					.with(csrf())
					.param("employeeNo", "H0005")
					.param("validationDate", bad))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-invalid")));
		}
		this.mvc
			.perform(get("/api/v1/conduct/staff/{id}/standing", this.keeper).with(user(this.office))
				.param("on", "2026-11-26"))
			.andExpect(jsonPath("$.cycleStart").value("2026-01-01"));
	}

	@Test
	void anUnknownPersonAnswers404() throws Exception {
		this.mvc
			.perform(post("/conduct/standing/validation-date").with(user(this.office))
				.with(csrf())
				.param("employeeNo", "NOBODY")
				.param("validationDate", "2025-07-01"))
			.andExpect(status().isNotFound());
	}

}
