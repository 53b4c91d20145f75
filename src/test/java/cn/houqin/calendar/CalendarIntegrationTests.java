package cn.houqin.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.calendar.domain.CalendarAdministration;
import cn.houqin.calendar.domain.CalendarService;
import cn.houqin.calendar.domain.NewEntry;
import cn.houqin.calendar.domain.YearStatus;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The calendar over the database: the national data a new tenant follows, a year adopted
 * and edited, local days off, and the cache seeing every change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class CalendarIntegrationTests {

	@Autowired
	CalendarApi calendar;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	CalendarService service;

	@Autowired
	OrgApi org;

	long tenantId;

	DataScope admin;

	@BeforeEach
	void newTenant() {
		this.tenantId = this.org.createTenant("cal-" + UUID.randomUUID().toString().substring(0, 8), "日历测试单位");
		this.admin = new DataScope(this.tenantId, true, java.util.Set.of(), null, 1L);
	}

	@Test
	@DisplayName("新建的租户自动使用全国节假日安排")
	void tenantCreatedLaterFollowsTheNationalCalendar() {
		assertThat(this.calendar.day(this.tenantId, date("2026-10-10")))
			.isEqualTo(new CalendarDay(date("2026-10-10"), true, DayKind.MAKEUP_WORKDAY, "国庆节调休上班", false));
		assertThat(this.calendar.deadline(this.tenantId, date("2026-09-24"), 3))
			.isEqualTo(ZonedDateTime.of(2026, 9, 30, 23, 59, 59, 0, CalendarApi.ZONE));
		assertThat(this.calendar.hasData(this.tenantId, 2025)).isTrue();
		assertThat(this.calendar.hasData(this.tenantId, 2026)).isTrue();
		assertThat(this.calendar.hasData(this.tenantId, 2027)).isFalse();
		assertThat(this.calendar.nextHoliday(this.tenantId, date("2026-09-28")))
			.contains(new HolidayPeriod("国庆节", date("2026-10-01"), date("2026-10-07")));
		assertThat(this.calendar.workingDaysBetween(this.tenantId, date("2026-02-13"), date("2026-02-28")))
			.isEqualTo(6);
	}

	@Test
	@DisplayName("本单位放假叠加在全国安排之上，年度仍跟随全国数据")
	void localDayOffCountsOnTopOfTheNationalYear() {
		this.administration.addEntry(this.admin,
				new NewEntry(DayKind.LOCAL_DAY_OFF, "建院纪念日", date("2026-09-28"), null));
		assertThat(this.calendar.day(this.tenantId, date("2026-09-28")).kind()).isEqualTo(DayKind.LOCAL_DAY_OFF);
		assertThat(this.calendar.addWorkingDays(this.tenantId, date("2026-09-24"), 3)).isEqualTo(date("2026-10-08"));
		assertThat(this.service.status(this.tenantId, 2026).origin()).isEqualTo(YearStatus.Origin.NATIONAL);
	}

	@Test
	@DisplayName("首次调整某年节假日时复制全国安排，此后由本单位维护")
	void firstHolidayChangeCopiesTheNationalYear() {
		this.administration.addEntry(this.admin, new NewEntry(DayKind.HOLIDAY, "防汛调休", date("2026-07-06"), null));
		YearStatus status = this.service.status(this.tenantId, 2026);
		assertThat(status.origin()).isEqualTo(YearStatus.Origin.OWN);
		assertThat(status.hasData()).isTrue();
		assertThat(this.service.entries(this.tenantId, 2026)).hasSize(14).noneMatch(e -> e.national());
		assertThat(this.calendar.isWorkingDay(this.tenantId, date("2026-07-06"))).isFalse();
		assertThat(this.calendar.day(this.tenantId, date("2026-10-10")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);

		this.administration.removeYear(this.admin, 2026, status.version());
		assertThat(this.service.status(this.tenantId, 2026).origin()).isEqualTo(YearStatus.Origin.NATIONAL);
		assertThat(this.calendar.isWorkingDay(this.tenantId, date("2026-07-06"))).isTrue();
	}

	@Test
	@DisplayName("新增 2027 年：录入国庆和调休，发布后不再提示缺失")
	void administratorEntersAndPublishesANewYear() {
		YearStatus draft = this.administration.addYear(this.admin, 2027);
		assertThat(draft.own()).isTrue();
		assertThat(this.calendar.hasData(this.tenantId, 2027)).isFalse();
		this.administration.addEntry(this.admin,
				new NewEntry(DayKind.HOLIDAY, "国庆节", date("2027-10-01"), date("2027-10-07")));
		this.administration.addEntry(this.admin,
				new NewEntry(DayKind.MAKEUP_WORKDAY, "国庆节调休上班", date("2027-09-26"), null));
		assertThat(this.calendar.day(this.tenantId, date("2027-10-04")).missingYear()).isTrue();
		this.administration.publish(this.admin, 2027, draft.version(), "国务院办公厅关于2027年部分节假日安排的通知", date("2026-11-10"));
		assertThat(this.calendar.hasData(this.tenantId, 2027)).isTrue();
		assertThat(this.calendar.day(this.tenantId, date("2027-10-04")))
			.isEqualTo(new CalendarDay(date("2027-10-04"), false, DayKind.HOLIDAY, "国庆节", false));
		assertThat(this.calendar.addWorkingDays(this.tenantId, date("2027-09-24"), 1)).isEqualTo(date("2027-09-26"));
	}

	@Test
	@DisplayName("同一天不能重复录入；调休上班必须在周末")
	void refusesTakenDaysAndMakeUpDaysOnWeekdays() {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.administration.addEntry(this.admin,
					new NewEntry(DayKind.HOLIDAY, "重复", date("2026-10-07"), date("2026-10-08"))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("calendar.entry.error.taken"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.administration.addEntry(this.admin,
					new NewEntry(DayKind.MAKEUP_WORKDAY, "调休", date("2026-10-09"), null)))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("startsOn"));
	}

	@Test
	void changesNeedATenantWideScope() {
		DataScope unitScope = new DataScope(this.tenantId, false, java.util.Set.of(1L), null, 1L);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.administration.addYear(unitScope, 2028));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
