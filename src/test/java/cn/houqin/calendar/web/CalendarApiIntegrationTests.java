package cn.houqin.calendar.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar API's contract, read by an ordinary user of the demo tenant (which follows
 * the national calendar).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CalendarApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void addsWorkingDaysAsTheContractSays() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/add?from=2026-09-24&days=3")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-09-30"))
			.andExpect(jsonPath("$.deadline").value("2026-09-30T23:59:59+08:00"))
			.andExpect(jsonPath("$.missingYear").value(false));
	}

	@Test
	void answersAMakeUpSaturdayAsTheContractSays() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/days/2026-10-10")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-10"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").value("MAKEUP_WORKDAY"))
			.andExpect(jsonPath("$.name").value("国庆节调休上班"))
			.andExpect(jsonPath("$.missingYear").value(false));
	}

	@Test
	void answersAHolidayAndAPlainWeekend() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/days/2026-02-16")))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").value("HOLIDAY"))
			.andExpect(jsonPath("$.name").value("春节"));
		this.mvc.perform(signedIn(get("/api/v1/calendar/days/2026-03-07")))
			.andExpect(jsonPath("$.kind").value("WEEKEND"))
			.andExpect(jsonPath("$.name").value(nullValue()));
	}

	@Test
	void countsWorkingDaysAfterTheFirstDateUpToTheLast() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/between?from=2026-09-24&to=2026-09-30")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-09-24"))
			.andExpect(jsonPath("$.to").value("2026-09-30"))
			.andExpect(jsonPath("$.workingDays").value(3))
			.andExpect(jsonPath("$.missingYear").value(false));
	}

	@Test
	void flagsAYearWithoutDataAndFallsBackToMondayToFriday() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/add?from=2035-09-28&days=5")))
			.andExpect(jsonPath("$.date").value("2035-10-05"))
			.andExpect(jsonPath("$.missingYear").value(true));
		this.mvc.perform(signedIn(get("/api/v1/calendar/days/2035-10-01")))
			.andExpect(jsonPath("$.kind").value("WORKDAY"))
			.andExpect(jsonPath("$.missingYear").value(true));
	}

	@Test
	void findsTheNextHoliday() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/holidays/next?from=2026-09-21")))
			.andExpect(jsonPath("$.name").value("中秋节"))
			.andExpect(jsonPath("$.firstDay").value("2026-09-25"))
			.andExpect(jsonPath("$.lastDay").value("2026-09-27"));
	}

	@Test
	void badDateIsA400NamingTheParameter() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/add?from=2026-13-01&days=3")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		this.mvc.perform(signedIn(get("/api/v1/calendar/days/2026-02-30")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/between?from=2026-01-01&to=tomorrow")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void missingOrOutOfRangeCountIsA400NamingTheParameter() throws Exception {
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/add?from=2026-09-24")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"));
		this.mvc.perform(signedIn(get("/api/v1/calendar/working-days/add?from=2026-09-24&days=-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0]", aMapWithSize(2)))
			.andExpect(jsonPath("$.errors[0].field").value("days"));
	}

	@Test
	void refusesAnonymousClients() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/days/2026-10-10")).andExpect(status().isUnauthorized());
	}

	private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("demo-staff", "demo"));
	}

}
