package cn.houqin;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.ApprovalFixtures;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No N+1 on list pages: a page of many rows runs exactly as many SQL statements as a page
 * of few rows (and the last page as many as the first), and never more than a small
 * bound. Counted with Hibernate's statistics, switched on at run time so the suite keeps
 * its one shared context; the persistence context is cleared before each request so
 * nothing is served from the first-level cache that production would have to load.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class QueryDisciplineTests {

	/**
	 * Statements one list request may run beyond those of the layout (menu counts of
	 * every module, the same on every page): the list, its count, batched look-ups, the
	 * filter choices.
	 */
	static final int LIST_BOUND = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	ApprovalApi approvals;

	Statistics statistics;

	ApprovalFixtures fixtures;

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		this.fixtures = new ApprovalFixtures(this.users, this.org);
	}

	@AfterEach
	void stopCounting() {
		this.statistics.setStatisticsEnabled(false);
	}

	@Test
	void staffListRunsNoMoreStatementsForFiftyRowsThanForFive() throws Exception {
		CurrentUser admin = this.fixtures.user("demo-admin");
		assertThat(rows("/api/v1/org/staff?size=50", admin)).isGreaterThan(5);
		assertBounded("/org/staff?size=5", "/org/staff?size=50", admin);
		assertBounded("/api/v1/org/staff?size=5", "/api/v1/org/staff?size=50", admin);
	}

	@Test
	void staffListsLastPageRunsNoMoreStatementsThanItsFirst() throws Exception {
		CurrentUser admin = this.fixtures.user("demo-admin");
		int last = (rows("/api/v1/org/staff?size=200", admin) - 1) / 5;
		assertThat(last).isPositive();
		assertBounded("/api/v1/org/staff?size=5&page=0", "/api/v1/org/staff?size=5&page=" + last, admin);
		assertBounded("/org/staff?size=5&page=0", "/org/staff?size=5&page=" + last, admin);
	}

	@Test
	void approvalInboxRunsNoMoreStatementsForTwentyTasksThanForTwo() throws Exception {
		for (int i = 0; i < 6; i++) {
			this.approvals.submit(this.fixtures.tenantId(),
					this.fixtures.document("GENERAL", "3000.00", "demo-staff", "HOSP-NK"));
		}
		CurrentUser head = this.fixtures.approver("demo-logistics-head");
		assertThat(rows("/api/v1/approval/inbox?size=20", head)).isGreaterThan(2);
		assertBounded("/approval/inbox?size=2", "/approval/inbox?size=20", head);
		assertBounded("/api/v1/approval/inbox?size=2", "/api/v1/approval/inbox?size=20", head);
	}

	private void assertBounded(String few, String many, CurrentUser user) throws Exception {
		long layout = statements("/", user);
		long small = statements(few, user);
		long large = statements(many, user);
		// a page that holds the whole remainder may skip its count query, hence "at most"
		assertThat(large).as("statements of %s vs %s", many, few).isLessThanOrEqualTo(small);
		assertThat(small - layout).as("statements of %s beyond the layout's %d", few, layout)
			.isLessThanOrEqualTo(LIST_BOUND);
	}

	/**
	 * Statements of one request; the least of three runs, so that a scheduled job that
	 * happens to run meanwhile is not counted.
	 */
	private long statements(String url, CurrentUser user) throws Exception {
		long least = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			this.entityManager.flush();
			this.entityManager.clear();
			this.statistics.clear();
			this.mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
			least = Math.min(least, this.statistics.getPrepareStatementCount());
		}
		return least;
	}

	private int rows(String url, CurrentUser user) throws Exception {
		String json = this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Integer>read(json, "$.items.length()");
	}

}
