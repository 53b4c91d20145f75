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
	 * Statements one list request may run: the list, its count, batched look-ups and, on
	 * a page, the layout's counts (one per module queue).
	 */
	static final int BOUND = 24;

	/** Batched look-ups a page with fewer rows may skip. */
	static final int LOOKUP_SLACK = 4;

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

	@Test
	void supplyListsRunNoMoreStatementsForTwentyRowsThanForTwo() throws Exception {
		CurrentUser keeper = this.fixtures.user("demo-logistics");
		assertListBounded("/api/v1/supplies/items", keeper);
		assertListBounded("/api/v1/supplies/requisitions", keeper);
		assertBounded("/supplies/requisitions?page=0", "/supplies/requisitions?page=1", keeper);
	}

	@Test
	void assetRegisterRunsNoMoreStatementsForTwentyRowsThanForTwo() throws Exception {
		CurrentUser keeper = this.fixtures.user("demo-asset-keeper");
		assertListBounded("/api/v1/assets", keeper);
		assertBounded("/assets?size=2", "/assets?size=20", keeper);
	}

	@Test
	void dispatchQueueRunsNoMoreStatementsForTwentyRowsThanForTwo() throws Exception {
		CurrentUser dispatcher = this.fixtures.user("demo-logistics");
		assertListBounded("/api/v1/repairs/dispatch-queue", dispatcher);
		assertBounded("/repairs/dispatch?page=0", "/repairs/dispatch?page=1", dispatcher);
	}

	@Test
	void conductRecordsRunNoMoreStatementsForTwentyRowsThanForTwo() throws Exception {
		CurrentUser office = this.fixtures.user("demo-conduct-office");
		assertListBounded("/api/v1/conduct/records", office);
		assertBounded("/conduct/records?page=0", "/conduct/records?page=1", office);
	}

	private void assertListBounded(String api, CurrentUser user) throws Exception {
		assertThat(rows(api + "?size=20", user)).as("rows of %s", api).isGreaterThan(2);
		assertBounded(api + "?size=2", api + "?size=20", user);
	}

	private void assertBounded(String few, String many, CurrentUser user) throws Exception {
		long small = statements(few, user);
		long large = statements(many, user);
		// a page that holds the whole remainder may skip its count query, and a small
		// page
		// may skip a batched look-up none of its rows needs (no positions among five
		// staff,
		// say): hence "at most", with a slack far below the rows the two pages differ by,
		// which a per-row query would add
		assertThat(large).as("statements of %s vs %s", many, few).isLessThanOrEqualTo(small + LOOKUP_SLACK);
		assertThat(small).as("statements of %s", few).isLessThanOrEqualTo(BOUND);
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
