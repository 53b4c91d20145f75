package cn.houqin.supplies;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.InboxItem;
import cn.houqin.approval.domain.Viewer;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.BudgetService;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.LimitService;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionStatus;
import cn.houqin.supplies.domain.RequisitionView;
import cn.houqin.supplies.domain.StocktakeSchedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Committed transactions: a requisition over its limit goes through the approval module
 * (the department head, then the logistics head); the outcome reaches it after commit.
 */
@SuppliesIntegrationTest
class RequisitionLimitApprovalIntegrationTests {

	private static final String TYPE = "SUPPLY_REQUISITION";

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	@Autowired
	RequisitionService requisitions;

	@Autowired
	LimitService limits;

	@Autowired
	ApprovalQueries approvalQueries;

	@Autowired
	ApprovalService approvals;

	@Autowired
	AuditApi audit;

	@Autowired
	StocktakeSchedule schedule;

	@Autowired
	BudgetService budgets;

	SuppliesFixtures fixtures;

	ItemView toner;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.toner = this.fixtures.stockedItem("硒鼓");
		this.fixtures.stock(this.toner.id(), "20", "300.00");
		this.limits.set(this.fixtures.tenantId(), this.toner.id(), new BigDecimal("2"), null, null);
	}

	private RequisitionView overLimit() {
		RequisitionView r = this.requisitions.submit(this.fixtures.staff(), new RequisitionDraft("科室打印机更换",
				List.of(new RequisitionDraft.Line(this.toner.id(), new BigDecimal("3")))));
		assertThat(r.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
		return r;
	}

	private void act(String username, long requisitionId, Action action) {
		long tenantId = this.fixtures.tenantId();
		long userId = this.users.loadUserByUsername(username).userId();
		await().atMost(Duration.ofSeconds(20)).until(() -> task(tenantId, userId, requisitionId) != null);
		this.approvals.act(new Viewer(tenantId, userId, null), task(tenantId, userId, requisitionId).taskId(), action,
				null);
	}

	private InboxItem task(long tenantId, long userId, long requisitionId) {
		return this.approvalQueries.inbox(tenantId, userId, TYPE, null, PageRequest.of(0, 200))
			.items()
			.stream()
			.filter(item -> item.documentId() == requisitionId)
			.findFirst()
			.orElse(null);
	}

	private RequisitionStatus status(long id) {
		return this.requisitions.view(this.fixtures.keeper(), id).status();
	}

	@Test
	@DisplayName("超限额领用：科室负责人、后勤主管领导依次同意后，库管员才能发放")
	void approvedByDeptHeadThenLogisticsHeadThenIssued() {
		RequisitionView r = overLimit();
		act("demo-dept-head", r.id(), Action.approve("同意"));
		assertThat(status(r.id())).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
		act("demo-logistics-head", r.id(), Action.approve("同意"));
		await().atMost(Duration.ofSeconds(20)).until(() -> status(r.id()) == RequisitionStatus.SUBMITTED);

		RequisitionView issued = this.requisitions.issue(this.fixtures.keeper(), r.id());
		assertThat(issued.status()).isEqualTo(RequisitionStatus.ISSUED);
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), this.toner.id()).onHand()).isEqualByComparingTo("17");
	}

	@Test
	@DisplayName("超限额领用被驳回：领用单未获批准，占用的库存释放")
	void rejectionReleasesTheReservation() {
		RequisitionView r = overLimit();
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), this.toner.id()).reserved())
			.isEqualByComparingTo("3");
		act("demo-dept-head", r.id(), Action.reject("本月已领过"));
		await().atMost(Duration.ofSeconds(20)).until(() -> status(r.id()) == RequisitionStatus.REJECTED);
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), this.toner.id()).reserved())
			.isEqualByComparingTo("0");
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), this.toner.id()).available())
			.isEqualByComparingTo("20");
	}

	@Test
	@DisplayName("超限额领用被退回：同样释放占用的库存")
	void returnReleasesTheReservation() {
		RequisitionView r = overLimit();
		act("demo-dept-head", r.id(), Action.sendBack("请说明用途"));
		await().atMost(Duration.ofSeconds(20)).until(() -> status(r.id()) == RequisitionStatus.REJECTED);
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), this.toner.id()).reserved())
			.isEqualByComparingTo("0");
	}

	@Test
	@DisplayName("单位预算的设置记入审计日志")
	void budgetsAreAudited() {
		Instant from = Instant.now().minusSeconds(1);
		this.budgets.set(this.fixtures.tenantId(), this.fixtures.unitId("HOSP-YYK"), 2099, new BigDecimal("300"));
		assertThat(this.audit
			.search(this.fixtures.tenantId(), new AuditQuery(from, null, null, null, "supplies.budget", null), 0, 50,
					null)
			.items()).isNotEmpty();
	}

	@Test
	@DisplayName("盘点周期的修改记入审计日志")
	void scheduleChangesAreAudited() {
		Instant from = Instant.now().minusSeconds(1);
		this.schedule.setMonths(this.fixtures.tenantId(), 6);
		this.schedule.setMonths(this.fixtures.tenantId(), 3);
		List<AuditEntry> entries = this.audit
			.search(this.fixtures.tenantId(), new AuditQuery(from, null, null, null, "supplies.settings", null), 0, 50,
					null)
			.items();
		assertThat(entries).anySatisfy(e -> assertThat(e.action()).isEqualTo("UPDATE"));
		assertThat(this.schedule.months(this.fixtures.tenantId())).isEqualTo(3);
	}

	@Test
	@DisplayName("限额的设置和修改记入审计日志")
	void limitChangesAreAudited() {
		Instant from = Instant.now().minusSeconds(1);
		this.limits.set(this.fixtures.tenantId(), this.toner.id(), new BigDecimal("4"), new BigDecimal("8"), null);
		List<AuditEntry> entries = this.audit
			.search(this.fixtures.tenantId(), new AuditQuery(from, null, null, null, "supplies.limit", null), 0, 50,
					null)
			.items();
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("UPDATE");
			assertThat(e.changes()).isNotEmpty();
		});
	}

}
