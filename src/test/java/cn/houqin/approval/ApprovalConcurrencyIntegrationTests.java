package cn.houqin.approval;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.ApprovalStatus;
import cn.houqin.approval.domain.DelegationService;
import cn.houqin.approval.domain.GeneralDraft;
import cn.houqin.approval.domain.GeneralRequestService;
import cn.houqin.approval.domain.GeneralRequestView;
import cn.houqin.approval.domain.GeneralStatus;
import cn.houqin.approval.domain.StepView;
import cn.houqin.approval.domain.TaskStatus;
import cn.houqin.approval.domain.Viewer;
import cn.houqin.notification.NotificationApi;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Committed transactions: two approvers at once, and the module's own listener reacting
 * to the published events after commit.
 */
@ApprovalIntegrationTest
class ApprovalConcurrencyIntegrationTests {

	@Autowired
	ApprovalApi api;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalQueries queries;

	@Autowired
	DelegationService delegations;

	@Autowired
	GeneralRequestService requests;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	NotificationApi notifications;

	ApprovalFixtures fixtures;

	long tenantId;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApprovalFixtures(this.users, this.org);
		this.tenantId = this.fixtures.tenantId();
	}

	@Test
	@DisplayName("两人同时审批同一事项：一人成功，另一人被告知已被他人处理")
	void twoApproversAtOnceOneWinsTheOtherIsTold() throws Exception {
		long head = this.fixtures.userId("demo-logistics-head");
		long deputy = this.fixtures.userId("demo-unit-head");
		long delegation = this.delegations.delegate(this.tenantId, head, deputy, LocalDate.now(),
				LocalDate.now().plusDays(1), "并发测试");
		try {
			long approvalId = this.api.submit(this.tenantId,
					this.fixtures.document("GENERAL", "600.00", "demo-staff", "HOSP-NK"));
			long taskId = openTask(approvalId);
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<String>> outcomes = new ArrayList<>();
			for (long approver : List.of(head, deputy)) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						this.approvals.act(new Viewer(this.tenantId, approver, null), taskId, Action.approve("同意"),
								null);
						return "won";
					}
					catch (BusinessRuleException ex) {
						return ex.messageKey();
					}
				}));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			pool.shutdown();
			assertThat(results).containsExactlyInAnyOrder("won", "approval.error.alreadyHandled");
			assertThat(view(approvalId).status()).isEqualTo(ApprovalStatus.APPROVED);
		}
		finally {
			this.delegations.revoke(this.tenantId, head, delegation);
		}
	}

	@Test
	@DisplayName("审批结果以事件发布，通用审批事项的监听器随之更新状态，申请人收到通知")
	void publishedOutcomesReachTheListeningDocument() {
		long requester = this.fixtures.userId("demo-staff");
		long unread = this.notifications.unreadCount(this.tenantId, requester);
		long unit = this.fixtures.unitId("HOSP-NK");
		GeneralRequestView approved = this.requests.submit(this.tenantId, requester, unit,
				new GeneralDraft("文件柜", new java.math.BigDecimal("900.00"), "存放档案", null));
		GeneralRequestView returned = this.requests.submit(this.tenantId, requester, unit,
				new GeneralDraft("碎纸机", new java.math.BigDecimal("700.00"), "保密文件销毁", null));
		act("demo-logistics-head", approved.approvalId(), Action.approve("同意"));
		act("demo-logistics-head", returned.approvalId(), Action.sendBack("请写明型号"));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(status(approved)).isEqualTo(GeneralStatus.APPROVED);
			assertThat(status(returned)).isEqualTo(GeneralStatus.RETURNED);
			assertThat(this.notifications.unreadCount(this.tenantId, requester)).as("notices to the requester")
				.isGreaterThanOrEqualTo(unread + 2);
		});
		GeneralRequestView revised = this.requests.resubmit(this.tenantId, requester, returned.id(),
				this.requests.view(this.tenantId, requester, returned.id()).version(),
				new GeneralDraft("碎纸机（三级保密）", new java.math.BigDecimal("720.00"), "保密文件销毁", null));
		assertThat(revised.status()).isEqualTo(GeneralStatus.IN_APPROVAL);
		act("demo-logistics-head", returned.approvalId(), Action.reject("暂缓购置"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(status(returned)).isEqualTo(GeneralStatus.REJECTED));
	}

	private GeneralStatus status(GeneralRequestView request) {
		return this.requests.view(this.tenantId, this.fixtures.userId("demo-staff"), request.id()).status();
	}

	private void act(String username, long approvalId, Action action) {
		this.approvals.act(new Viewer(this.tenantId, this.fixtures.userId(username), null), openTask(approvalId),
				action, null);
	}

	private long openTask(long approvalId) {
		return view(approvalId).currentSteps()
			.stream()
			.filter(step -> step.status() == TaskStatus.OPEN)
			.map(StepView::taskId)
			.findFirst()
			.orElseThrow();
	}

	private cn.houqin.approval.domain.ApprovalView view(long approvalId) {
		return this.queries.approval(new Viewer(this.tenantId, this.fixtures.userId("demo-staff"), null), approvalId)
			.approval();
	}

}
