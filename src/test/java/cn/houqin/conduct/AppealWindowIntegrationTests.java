package cn.houqin.conduct;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.ConductService.PersonShare;
import cn.houqin.conduct.domain.RecordDraft;
import cn.houqin.conduct.domain.Source;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 篇2 第十九条: the appeal window is 3 working days after receipt (day 0), by the tenant's
 * working-day calendar with holidays and 调休 Saturdays.
 */
@ConductIntegrationTest
@Transactional
class AppealWindowIntegrationTests {

	@Autowired
	ConductService conduct;

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

	@ParameterizedTest(name = "received {0} Asia/Shanghai -> appeal until {1}")
	@DisplayName("the appeal deadline skips holidays and counts 调休 Saturdays")
	@CsvSource({
			// the day before 国庆 2026: 10-01..10-07 off, 10-08, 10-09, then the 调休
			// Saturday 10-10
			"2026-09-30T10:00:00+08:00, 2026-10-10",
			// the day before 中秋 2026 (09-25..09-27 off): 09-28, 09-29, 09-30
			"2026-09-24T10:00:00+08:00, 2026-09-30",
			// received on the 调休 Sunday 09-20 (a working day): 09-21, 09-22, 09-23
			"2026-09-20T10:00:00+08:00, 2026-09-23",
			// received on a Friday evening: Monday to Wednesday
			"2026-11-06T23:30:00+08:00, 2026-11-11",
			// 23:30 UTC on Thursday is already Friday in Shanghai
			"2026-11-05T16:30:00Z, 2026-11-11" })
	void theDeadlineFollowsTheWorkingDayCalendar(String receivedAt, LocalDate deadline) {
		long id = this.conduct.record(this.office, "A11-1",
				new RecordDraft(LocalDate.of(2026, 9, 1), Source.SURVEY, "问卷反映", null, false, null),
				List.of(new PersonShare(this.keeper, 1)), List.of());
		LocalDate answered = this.conduct.receive(this.office, id, this.keeper,
				OffsetDateTime.parse(receivedAt).toInstant(), null);
		assertThat(answered).isEqualTo(deadline);
	}

}
