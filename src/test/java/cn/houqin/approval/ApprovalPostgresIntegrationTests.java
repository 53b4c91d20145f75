package cn.houqin.approval;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.ApprovalStatus;
import cn.houqin.approval.domain.Decision;
import cn.houqin.approval.domain.StepView;
import cn.houqin.approval.domain.TaskStatus;
import cn.houqin.approval.domain.Viewer;
import cn.houqin.org.OrgApi;
import cn.houqin.support.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval tables, queries and the whole three-step route on a real PostgreSQL.
 */
@ApprovalIntegrationTest
@ContextConfiguration(initializers = PostgresDatabase.class)
@Transactional
class ApprovalPostgresIntegrationTests {

	@Autowired
	ApprovalApi api;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalQueries queries;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Test
	void walksTheCommitteeRouteAndTheSplitWatchOnPostgres() {
		ApprovalFixtures fixtures = new ApprovalFixtures(this.users, this.org);
		long tenantId = fixtures.tenantId();
		String category = "PG-" + System.nanoTime();
		this.api.submit(tenantId, fixtures.document("SUPPLY_PURCHASE", "4000.00", "demo-staff", "HOSP-NK", category));
		long approvalId = this.api.submit(tenantId,
				fixtures.document("SUPPLY_PURCHASE", "4500.00", "demo-staff", "HOSP-NK", category));
		Viewer staff = new Viewer(tenantId, fixtures.userId("demo-staff"), null);
		assertThat(this.queries.approval(staff, approvalId).splitWarning()).get()
			.satisfies(w -> assertThat(w.boundary()).isEqualByComparingTo("5000.00"));

		long big = this.api.submit(tenantId, fixtures.document("GENERAL", "9000.00", "demo-staff", "HOSP-NK"));
		for (String approver : new String[] { "demo-logistics-head", "demo-unit-head", "demo-committee" }) {
			long taskId = this.queries.approval(staff, big)
				.approval()
				.currentSteps()
				.stream()
				.filter(step -> step.status() == TaskStatus.OPEN)
				.map(StepView::taskId)
				.findFirst()
				.orElseThrow();
			this.approvals.act(new Viewer(tenantId, fixtures.userId(approver), null), taskId,
					new Action(Decision.APPROVE, "同意", LocalDate.of(2026, 4, 1), "纪要 1 号"), null);
		}
		assertThat(this.queries.approval(staff, big).approval().status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(this.queries.inboxCount(tenantId, fixtures.userId("demo-logistics-head"))).isPositive();
	}

}
