package cn.houqin.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.calendar.CalendarApi;
import cn.houqin.calendar.DayKind;
import cn.houqin.calendar.domain.CalendarService;
import cn.houqin.calendar.domain.EntryView;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.support.TestUsers;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The calendar pages: an administrator of a fresh tenant adds and publishes 2027, errors
 * show inline on the form, and users without {@code calendar.manage} only read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class CalendarPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgApi org;

	@Autowired
	UserDirectory userDirectory;

	@Autowired
	CalendarApi calendar;

	@Autowired
	CalendarService service;

	@Autowired
	AuditApi audit;

	long tenantId;

	CurrentUser admin;

	@BeforeEach
	void newTenant() {
		this.tenantId = this.org.createTenant("calp-" + UUID.randomUUID().toString().substring(0, 8), "日历页面测试单位");
		this.admin = TestUsers.tenantWide(this.tenantId, "calendar.manage");
	}

	@Test
	void administratorAddsEntersAndPublishesAYear() throws Exception {
		this.mvc.perform(post("/calendar/years").with(user(this.admin)).with(csrf()).param("year", "2027"))
			.andExpect(redirectedUrl("/calendar?year=2027"))
			.andExpect(flash().attribute("flashSuccess", "calendar.year.added"));
		this.mvc.perform(get("/calendar").param("year", "2027").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"missing-year-warning\"")))
			.andExpect(content().string(containsString("2027 年的日历尚未发布")));

		addEntry("HOLIDAY", "春节", "2027-02-06", "2027-02-13").andExpect(redirectedUrl("/calendar?year=2027"));
		addEntry("MAKEUP_WORKDAY", "春节调休上班", "2027-02-20", "").andExpect(redirectedUrl("/calendar?year=2027"));

		long version = this.service.status(this.tenantId, 2027).version();
		this.mvc
			.perform(post("/calendar/years/2027/publish").with(user(this.admin))
				.with(csrf())
				.param("source", "国务院办公厅关于2027年部分节假日安排的通知")
				.param("publishedOn", "2026-11-10")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/calendar?year=2027"));

		assertThat(this.calendar.hasData(this.tenantId, 2027)).isTrue();
		assertThat(this.calendar.day(this.tenantId, LocalDate.of(2027, 2, 10)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(this.calendar.isWorkingDay(this.tenantId, LocalDate.of(2027, 2, 20))).isTrue();
		this.mvc.perform(get("/calendar").param("year", "2027").param("month", "2").with(user(this.admin)))
			.andExpect(content().string(not(containsString("id=\"missing-year-warning\""))))
			.andExpect(content().string(containsString("data-date=\"2027-02-20\" data-kind=\"MAKEUP_WORKDAY\"")))
			.andExpect(content().string(containsString("国务院办公厅关于2027年部分节假日安排的通知")));
	}

	/**
	 * The trail is written when a transaction commits, so this test commits, in a tenant
	 * of its own.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void everyChangeEntersTheAuditTrail() throws Exception {
		this.mvc.perform(post("/calendar/years").with(user(this.admin)).with(csrf()).param("year", "2027"));
		addEntry("HOLIDAY", "元旦", "2027-01-01", "2027-01-03").andExpect(redirectedUrl("/calendar?year=2027"));
		List<AuditEntry> entries = this.audit
			.search(this.tenantId, new AuditQuery(null, null, null, null, "calendar.", null), 0, 50, "seq")
			.items();
		assertThat(entries).extracting(AuditEntry::entityType).containsExactly("calendar.year", "calendar.entry");
		assertThat(entries).extracting(AuditEntry::action).containsOnly(AuditActions.CREATE);
		assertThat(entries).extracting(AuditEntry::actorId).containsOnly(this.admin.userId());
	}

	@Test
	void makeUpDayOnAWeekdayIsAnInlineError() throws Exception {
		addEntry("MAKEUP_WORKDAY", "调休上班", "2026-10-09", "").andExpect(status().isOk())
			.andExpect(view().name("calendar/entry-form"))
			.andExpect(
					model().attributeHasFieldErrorCode("entryForm", "startsOn", "calendar.entry.error.makeupOnWeekday"))
			.andExpect(content().string(containsString("调休上班日必须是周六或周日")));
	}

	@Test
	void holidayEndingBeforeItStartsIsAnInlineError() throws Exception {
		addEntry("HOLIDAY", "错误区间", "2026-07-10", "2026-07-08").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("entryForm", "endsOn", "calendar.entry.error.endBeforeStart"))
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
	}

	@Test
	void dayAlreadyTakenIsAnInlineError() throws Exception {
		addEntry("LOCAL_DAY_OFF", "本单位放假", "2026-10-08", "2026-10-09").andExpect(redirectedUrl("/calendar?year=2026"));
		addEntry("LOCAL_DAY_OFF", "再次放假", "2026-10-09", "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("entryForm", "startsOn", "calendar.entry.error.taken"))
			.andExpect(content().string(containsString("同一天不能重复录入")));
	}

	@Test
	void administratorChangesAndRemovesAnEntry() throws Exception {
		addEntry("LOCAL_DAY_OFF", "运动会", "2026-11-06", "");
		EntryView entry = this.service.entries(this.tenantId, 2026)
			.stream()
			.filter(e -> e.name().equals("运动会"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/calendar/entries/{id}/edit", entry.id()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-11-06\"")));
		this.mvc
			.perform(post("/calendar/entries/{id}/edit", entry.id()).with(user(this.admin))
				.with(csrf())
				.param("name", "秋季运动会")
				.param("startsOn", "2026-11-13")
				.param("version", String.valueOf(entry.version())))
			.andExpect(redirectedUrl("/calendar?year=2026"));
		assertThat(this.calendar.day(this.tenantId, LocalDate.of(2026, 11, 13)).name()).isEqualTo("秋季运动会");
		assertThat(this.calendar.isWorkingDay(this.tenantId, LocalDate.of(2026, 11, 6))).isTrue();
		long version = this.service.entry(this.tenantId, entry.id()).version();
		this.mvc
			.perform(post("/calendar/entries/{id}/delete", entry.id()).with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/calendar?year=2026"));
		assertThat(this.calendar.isWorkingDay(this.tenantId, LocalDate.of(2026, 11, 13))).isTrue();
	}

	@Test
	void userWithoutManagePermissionIsRefused() throws Exception {
		CurrentUser staff = (CurrentUser) this.userDirectory.loadUserByUsername("demo-staff");
		this.mvc.perform(post("/calendar/years").with(user(staff)).with(csrf()).param("year", "2031"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/calendar/entries/new").with(user(staff))).andExpect(status().isForbidden());
	}

	@Test
	void anySignedInUserReadsTheCalendar() throws Exception {
		CurrentUser staff = (CurrentUser) this.userDirectory.loadUserByUsername("demo-staff");
		this.mvc.perform(get("/calendar").param("year", "2026").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("国庆节调休上班")))
			.andExpect(content().string(containsString("data-date=\"2026-10-10\" data-kind=\"MAKEUP_WORKDAY\"")))
			.andExpect(content().string(not(containsString("id=\"calendar-actions\""))))
			.andExpect(content().string(not(containsString("id=\"missing-year-warning\""))));
	}

	@Test
	void yearWithoutDataShowsTheWarning() throws Exception {
		this.mvc.perform(get("/calendar").param("year", "2035").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"missing-year-warning\"")))
			.andExpect(content().string(containsString("2035 年的节假日安排尚未录入")));
	}

	private org.springframework.test.web.servlet.ResultActions addEntry(String kind, String name, String startsOn,
			String endsOn) throws Exception {
		return this.mvc.perform(post("/calendar/entries/new").with(user(this.admin))
			.with(csrf())
			.param("kind", kind)
			.param("name", name)
			.param("startsOn", startsOn)
			.param("endsOn", endsOn));
	}

}
