package cn.houqin.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.BuiltInRole;
import cn.houqin.access.domain.NewUser;
import cn.houqin.access.domain.RoleAssignment;
import cn.houqin.access.domain.RoleService;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.ApprovalStatus;
import cn.houqin.approval.domain.ApprovalView;
import cn.houqin.approval.domain.Decision;
import cn.houqin.approval.domain.DelegationService;
import cn.houqin.approval.domain.PolicyRules;
import cn.houqin.approval.domain.PolicyService;
import cn.houqin.approval.domain.PolicyStep;
import cn.houqin.approval.domain.PolicyTier;
import cn.houqin.approval.domain.StepView;
import cn.houqin.approval.domain.TaskStatus;
import cn.houqin.approval.domain.Viewer;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApprovalIntegrationTest
@Transactional
@RecordApplicationEvents
class ApprovalFlowIntegrationTests {

	@Autowired
	ApprovalApi api;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalQueries queries;

	@Autowired
	PolicyService policies;

	@Autowired
	DelegationService delegations;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AccountService accounts;

	@Autowired
	RoleService roles;

	@Autowired
	DataScopes scopes;

	@Autowired
	ApplicationEvents events;

	ApprovalFixtures fixtures;

	long tenantId;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApprovalFixtures(this.users, this.org);
		this.tenantId = this.fixtures.tenantId();
	}

	@Test
	@DisplayName("边界：1,000.00 一步，1,000.01 两步，5,000.00 两步，10,000.00 三步，10,000.01 须政府采购")
	void routesEachSeedBoundaryToItsTier() {
		assertThat(roles("1000.00")).containsExactly("LOGISTICS_HEAD");
		assertThat(roles("1000.01")).containsExactly("LOGISTICS_HEAD", "UNIT_HEAD");
		assertThat(roles("5000.00")).containsExactly("LOGISTICS_HEAD", "UNIT_HEAD");
		assertThat(roles("10000.00")).containsExactly("LOGISTICS_HEAD", "UNIT_HEAD", "COMMITTEE");
		RoutePreview refused = preview("10000.01", "demo-staff");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.reason()).contains("政府采购");
		assertThatThrownBy(() -> this.api.submit(this.tenantId,
				this.fixtures.document("SUPPLY_PURCHASE", "10000.01", "demo-staff", "HOSP-NK")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("approval.route.refused.overLimit"));
	}

	@Test
	void previewNamesTheHoldersFoundUpTheTree() {
		RouteStep first = preview("4500.00", "demo-staff").steps().get(0);
		assertThat(first.unitName()).isEqualTo("县人民医院");
		assertThat(first.approverUserId()).isEqualTo(this.fixtures.userId("demo-logistics-head"));
		assertThat(first.escalated()).isFalse();
	}

	@Test
	@DisplayName("规则修改后，已提交的审批仍按提交时的流程办理")
	void policyChangedAfterSubmissionLeavesTheOpenRouteAlone() {
		String type = "T_POLICY_CHANGE";
		this.policies.revise(this.tenantId, type, 0, rules(List.of(PolicyStep.nearest("logistics-head"))), null);
		long approvalId = this.api.submit(this.tenantId,
				this.fixtures.document(type, "500.00", "demo-staff", "HOSP-NK"));
		this.policies.revise(this.tenantId, type, 1,
				rules(List.of(PolicyStep.nearest("logistics-head"), PolicyStep.nearest("unit-head"))), "加一步");

		ApprovalView before = view(approvalId);
		assertThat(before.currentSteps()).hasSize(1);
		assertThat(before.policyRevision()).isEqualTo(1);
		act("demo-logistics-head", openTask(approvalId), Action.approve("同意"));
		assertThat(view(approvalId).status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(this.policies.history(this.tenantId, type)).hasSize(2);
		assertThat(preview(type, "500.00", "demo-staff").steps()).hasSize(2);
	}

	@Test
	@DisplayName("不得自批：申请人本人是审批人时上移至上级单位")
	void requesterHoldingTheRoleIsEscalatedToTheUnitAbove() {
		long requester = logisticsHeadInTheGeneralAffairsSection();
		RoutePreview route = this.api.preview(this.tenantId, "SUPPLY_PURCHASE", new BigDecimal("800.00"),
				this.fixtures.unitId("HOSP-ZWK"), requester);
		RouteStep step = route.steps().get(0);
		assertThat(step.approverUserId()).isEqualTo(this.fixtures.userId("demo-logistics-head"));
		assertThat(step.unitName()).isEqualTo("县人民医院");
		assertThat(step.escalated()).isTrue();
		assertThat(step.note()).contains("不得自批", "总务科");
	}

	@Test
	@DisplayName("委托代批：受托人在期间内可办理，记录显示“X 代 Y”")
	void delegateActsOnTheDelegatorsTaskAndTheHistorySaysSo() {
		long approvalId = submit("GENERAL", "800.00");
		long headId = this.fixtures.userId("demo-logistics-head");
		long unitHeadId = this.fixtures.userId("demo-unit-head");
		this.delegations.delegate(this.tenantId, headId, unitHeadId, LocalDate.now(), LocalDate.now().plusDays(3),
				"出差");
		long taskId = openTask(approvalId);
		assertThat(this.queries.inbox(this.tenantId, unitHeadId, null, null, pageable()).items()).anySatisfy(item -> {
			assertThat(item.taskId()).isEqualTo(taskId);
			assertThat(item.delegatedBy()).isEqualTo("李海燕");
		});

		act("demo-unit-head", taskId, Action.approve("代为同意"));
		StepView step = view(approvalId).currentSteps().get(0);
		assertThat(step.actedByName()).isEqualTo("张建华");
		assertThat(step.onBehalfOfName()).isEqualTo("李海燕");
	}

	@Test
	@DisplayName("退回修改后重新提交，流程从第一步重新开始")
	void returnedRequestResubmittedStartsTheRouteAgain() {
		long approvalId = submit("GENERAL", "3000.00");
		act("demo-logistics-head", openTask(approvalId), Action.approve("同意"));
		act("demo-unit-head", openTask(approvalId), Action.sendBack("请补充比价"));
		assertThat(view(approvalId).status()).isEqualTo(ApprovalStatus.RETURNED);
		assertThat(this.events.stream(ApprovalReturned.class)).anyMatch(e -> e.approvalId() == approvalId);

		this.api.resubmit(this.tenantId, approvalId, this.fixtures.userId("demo-staff"), new BigDecimal("2800.00"),
				"补充比价后");
		ApprovalView after = view(approvalId);
		assertThat(after.round()).isEqualTo(2);
		assertThat(after.status()).isEqualTo(ApprovalStatus.IN_PROGRESS);
		assertThat(after.currentSteps()).extracting(StepView::status)
			.containsExactly(TaskStatus.OPEN, TaskStatus.WAITING);
		assertThat(after.earlierSteps()).extracting(StepView::status)
			.containsExactly(TaskStatus.APPROVED, TaskStatus.RETURNED);
		assertThat(this.events.stream(ApprovalResubmitted.class))
			.anyMatch(e -> e.approvalId() == approvalId && e.round() == 2);
	}

	@Test
	@DisplayName("驳回须写理由，驳回即结束")
	void rejectionNeedsAReasonAndEndsTheApproval() {
		long approvalId = submit("GENERAL", "3000.00");
		long taskId = openTask(approvalId);
		assertThatThrownBy(() -> act("demo-logistics-head", taskId, Action.reject(" "))).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("approval.error.reasonRequired"));
		act("demo-logistics-head", taskId, Action.reject("超出预算"));
		ApprovalView view = view(approvalId);
		assertThat(view.status()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(view.currentSteps()).extracting(StepView::status)
			.containsExactly(TaskStatus.REJECTED, TaskStatus.CANCELLED);
		assertThat(this.events.stream(ApprovalDecided.class))
			.anyMatch(e -> e.approvalId() == approvalId && e.outcome() == ApprovalOutcome.REJECTED);
		assertThatThrownBy(() -> act("demo-logistics-head", taskId, Action.approve(null))).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("approval.error.alreadyHandled"));
	}

	@Test
	@DisplayName("党委会集体研究：记录会议日期、纪要编号和结果")
	void committeeDecisionRecordsTheMeeting() {
		long approvalId = submit("GENERAL", "8000.00");
		act("demo-logistics-head", openTask(approvalId), Action.approve("报计划"));
		act("demo-unit-head", openTask(approvalId), Action.approve("审核同意"));
		long committeeTask = openTask(approvalId);
		assertThatThrownBy(() -> act("demo-committee", committeeTask, Action.approve("通过"))).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.messageKey()).isEqualTo("approval.error.meetingDate"));
		act("demo-committee", committeeTask,
				new Action(Decision.APPROVE, "会议通过", LocalDate.of(2026, 3, 5), "党委会纪要〔2026〕3号"));

		ApprovalView view = view(approvalId);
		assertThat(view.status()).isEqualTo(ApprovalStatus.APPROVED);
		StepView committee = view.currentSteps().get(2);
		assertThat(committee.committee()).isTrue();
		assertThat(committee.meetingDate()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(committee.minutesRef()).isEqualTo("党委会纪要〔2026〕3号");
		assertThat(this.events.stream(ApprovalDecided.class))
			.anyMatch(e -> e.approvalId() == approvalId && e.outcome() == ApprovalOutcome.APPROVED);
	}

	@Test
	@DisplayName("化整为零：同单位同类 30 天内合计超过档次上限而每笔都未超过")
	void warnsOfRequestsThatTogetherPassATierBoundary() {
		String category = "测试纸张-" + System.nanoTime();
		this.api.submit(this.tenantId,
				this.fixtures.document("SUPPLY_PURCHASE", "600.00", "demo-staff", "HOSP-NK", category));
		long second = this.api.submit(this.tenantId,
				this.fixtures.document("SUPPLY_PURCHASE", "700.00", "demo-staff", "HOSP-NK", category));

		var warning = this.queries.task(viewer("demo-logistics-head"), openTask(second)).splitWarning();
		assertThat(warning).get().satisfies(w -> {
			assertThat(w.count()).isEqualTo(2);
			assertThat(w.total()).isEqualByComparingTo("1300.00");
			assertThat(w.boundary()).isEqualByComparingTo("1000.00");
		});
		Viewer auditor = new Viewer(this.tenantId, this.fixtures.userId("demo-auditor"), this.scopes
			.forPermission(this.fixtures.user("demo-auditor", "approval.report.view"), "approval.report.view"));
		assertThat(this.queries.splitReport(auditor, 30)).anyMatch(w -> category.equals(w.category()));
	}

	@Test
	void findingsSubmittedWithTheDocumentReachTheApprover() {
		SubmitDocument plain = this.fixtures.document("SUPPLY_PURCHASE", "900.00", "demo-staff", "HOSP-NK");
		long approvalId = this.api.submit(this.tenantId,
				new SubmitDocument(plain.documentType(), plain.documentId(), plain.amount(), plain.unitId(),
						plain.summary(), plain.requesterUserId(),
						List.of(new OverStandard("台式计算机单价", "5,000.00 元", "6,800.00 元", "办公设备配置标准"))));
		assertThat(this.queries.task(viewer("demo-logistics-head"), openTask(approvalId)).approval().findings())
			.extracting(OverStandard::rule)
			.containsExactly("台式计算机单价");
	}

	private List<String> roles(String amount) {
		return preview(amount, "demo-staff").steps().stream().map(RouteStep::role).toList();
	}

	private RoutePreview preview(String amount, String requester) {
		return preview("SUPPLY_PURCHASE", amount, requester);
	}

	private RoutePreview preview(String type, String amount, String requester) {
		return this.api.preview(this.tenantId, type, new BigDecimal(amount), this.fixtures.unitId("HOSP-NK"),
				this.fixtures.userId(requester));
	}

	private long submit(String type, String amount) {
		return this.api.submit(this.tenantId, this.fixtures.document(type, amount, "demo-staff", "HOSP-NK"));
	}

	private void act(String username, long taskId, Action action) {
		this.approvals.act(viewer(username), taskId, action, null);
	}

	private Viewer viewer(String username) {
		return new Viewer(this.tenantId, this.fixtures.userId(username), null);
	}

	private ApprovalView view(long approvalId) {
		return this.queries.approval(viewer("demo-staff"), approvalId).approval();
	}

	private long openTask(long approvalId) {
		return view(approvalId).currentSteps()
			.stream()
			.filter(step -> step.status() == TaskStatus.OPEN)
			.findFirst()
			.orElseThrow()
			.taskId();
	}

	private static PolicyRules rules(List<PolicyStep> steps) {
		return new PolicyRules(List.of(new PolicyTier(null, new BigDecimal("1000.00"), steps)), false);
	}

	private static Pageable pageable() {
		return PageRequest.of(0, 200);
	}

	/** A second logistics head, in 总务科 below the hospital, who files a request. */
	private long logisticsHeadInTheGeneralAffairsSection() {
		long staffId = this.org.staffByEmployeeNo(this.tenantId, "E0007").orElseThrow().id();
		var admin = this.scopes.forPermission(this.fixtures.user("demo-admin"), "access.user.manage");
		return this.accounts.create(admin,
				new NewUser("zwk-head-" + System.nanoTime() % 100000, "总务科长", "Zongwu-2026-pass", staffId, true,
						List.of(new RoleAssignment(this.roles.idOf(this.tenantId, BuiltInRole.LOGISTICS_HEAD),
								ScopeType.UNIT_AND_BELOW, Set.of()))))
			.id();
	}

}
