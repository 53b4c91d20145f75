package cn.houqin.conduct;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.conduct.domain.AppealOutcome;
import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.ConductService.PersonShare;
import cn.houqin.conduct.domain.EntryStatus;
import cn.houqin.conduct.domain.RecordDraft;
import cn.houqin.conduct.domain.Source;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.support.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conduct migrations, queries and standing on PostgreSQL.
 */
@ConductIntegrationTest
@ContextConfiguration(initializers = PostgresDatabase.class)
@Transactional
class ConductPostgresIntegrationTests {

	@Autowired
	ConductService conduct;

	@Autowired
	ConductQueries queries;

	@Autowired
	ConductApi api;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	ConductFixtures fixtures;

	CurrentUser office;

	long keeper;

	@BeforeEach
	void setUp() {
		this.fixtures = new ConductFixtures(this.users, this.org);
		this.office = this.fixtures.user("demo-conduct-office");
		this.keeper = this.fixtures.staffId("H0005");
	}

	@Test
	void recordsListsAndDecidesOnPostgres() {
		LocalDate occurred = LocalDate.of(2026, 10, 12);
		long id = this.conduct.record(this.office, "A8-1",
				new RecordDraft(occurred, Source.LETTERS_VISITS, "来访反映", null, false, null),
				List.of(new PersonShare(this.keeper, 6)), List.of());
		assertThat(this.api.standing(this.fixtures.tenantId(), this.keeper, occurred).level())
			.isEqualTo(ConductLevel.L3);
		assertThat(this.queries.list(this.office, null, null, null, 0, 50).items())
			.anyMatch(row -> row.recordId() == id);
		assertThat(this.queries.list(this.office, occurred, occurred, EntryStatus.NOTIFIED, 0, 50).items())
			.anyMatch(row -> row.recordId() == id);
		this.conduct.receive(this.office, id, this.keeper, null, null);
		this.conduct.appeal(this.office, id, this.keeper, "情况不实");
		long appealId = this.queries.record(this.office, id).appeals().get(0).id();
		this.conduct.decide(this.fixtures.user("demo-unit-head"), appealId, AppealOutcome.CHANGE, 2);
		assertThat(this.api.standing(this.fixtures.tenantId(), this.keeper, occurred).total()).isEqualTo(2);
		assertThat(
				this.queries.disclosure(this.fixtures.tenantId(), YearMonth.from(occurred), YearMonth.from(occurred)))
			.anyMatch(row -> row.recordId() == id && row.points() == 2);
	}

}
