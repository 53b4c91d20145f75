package cn.houqin.standards.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.standards.StandardsIntegrationTest;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StandardsIntegrationTest
class StandardsApiControllerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheSetsWithTheirCitations() throws Exception {
		this.mvc.perform(get("/api/v1/standards/sets").with(httpBasic("demo-staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()", greaterThanOrEqualTo(13)))
			.andExpect(jsonPath("$[?(@.code == 'vehicle-2017')].citation", hasItem("党政机关公务用车管理办法（中办发〔2017〕71号）")))
			.andExpect(jsonPath("$[?(@.code == 'vehicle-2017')].effectiveOn", hasItem("2017-12-05")))
			.andExpect(jsonPath("$[?(@.code == 'vehicle-2017')].local", hasItem(false)));
	}

	@Test
	void listsTheRulesOfASubjectInForce() throws Exception {
		this.mvc
			.perform(get("/api/v1/standards/rules").param("subject", "OFFICE_SPACE")
				.with(httpBasic("demo-staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()", greaterThanOrEqualTo(24)))
			.andExpect(jsonPath("$[*].subject", everyItem(is("OFFICE_SPACE"))))
			.andExpect(jsonPath("$[?(@.code == 'office.area.county.chief')].limit", hasItem(30.0)))
			.andExpect(jsonPath("$[?(@.code == 'office.area.county.chief')].unit", hasItem("m²")));
	}

	@Test
	void answersACheckWithFindings() throws Exception {
		this.mvc
			.perform(post("/api/v1/standards/check").with(httpBasic("demo-staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"ruleCode": "vehicle.price.confidential-comms", "actual": 120000.01, "on": "2026-06-01"}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].ruleCode").value("vehicle.price.confidential-comms"))
			.andExpect(jsonPath("$[0].label").value("机要通信用车购置价格"))
			.andExpect(jsonPath("$[0].limit").value(120000.00))
			.andExpect(jsonPath("$[0].unit").value("元"))
			.andExpect(jsonPath("$[0].actual").value(120000.01))
			.andExpect(jsonPath("$[0].source").value("党政机关公务用车管理办法（中办发〔2017〕71号）"))
			.andExpect(jsonPath("$[0].verify").value(false))
			.andExpect(jsonPath("$[0].over").value(true))
			.andExpect(jsonPath("$[0].effectiveFrom").value("2017-12-05"));
	}

	@Test
	void checksBySubjectWithTheContext() throws Exception {
		this.mvc
			.perform(post("/api/v1/standards/check").with(httpBasic("demo-staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"subject": "RECEPTION", "kind": "MAX_RATIO", "actual": 4, "context": {"guests": "12"}}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].ruleCode").value("reception.accompany.ratio"))
			.andExpect(jsonPath("$[0].limit").value(4))
			.andExpect(jsonPath("$[0].over").value(false));
	}

	@Test
	void refusesAnUnknownRuleWith422AndAMissingValueWith400() throws Exception {
		this.mvc
			.perform(post("/api/v1/standards/check").with(httpBasic("demo-staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"ruleCode": "no.such.rule", "actual": 1}
						"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("standards.check.error.unknownRule"))
			.andExpect(jsonPath("$.errors[0].field").value("ruleCode"));
		this.mvc
			.perform(post("/api/v1/standards/check").with(httpBasic("demo-staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"ruleCode": "vehicle.price.confidential-comms"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actual"));
	}

	@Test
	void refusesAnonymousCalls() throws Exception {
		this.mvc.perform(get("/api/v1/standards/sets")).andExpect(status().isUnauthorized());
	}

}
