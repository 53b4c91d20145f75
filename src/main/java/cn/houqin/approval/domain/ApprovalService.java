package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.approval.SubmitDocument;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Submitting documents for approval and acting on their tasks. An action races no one:
 * when two approvers act on the same task at once, one wins and the other is told the
 * task was already handled (已被他人处理).
 */
@Service
public class ApprovalService {

	private final Approvals approvals;

	private final ApprovalTasks tasks;

	private final PolicyService policies;

	private final RoutePlanner planner;

	private final Attachments attachments;

	private final ApprovalAccess access;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	ApprovalService(Approvals approvals, ApprovalTasks tasks, PolicyService policies, RoutePlanner planner,
			Attachments attachments, ApprovalAccess access, PlatformTransactionManager transactions) {
		this.approvals = approvals;
		this.tasks = tasks;
		this.policies = policies;
		this.planner = planner;
		this.attachments = attachments;
		this.access = access;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The route the current policy gives, or why there is none. */
	@Transactional(readOnly = true)
	public RoutePlan plan(long tenantId, String documentType, BigDecimal amount, long unitId, long requesterUserId) {
		return this.policies.currentPolicy(tenantId, documentType)
			.map(policy -> this.planner.plan(tenantId, policy.rules(), amount, unitId, requesterUserId))
			.orElseGet(() -> RoutePlan.refused("approval.route.refused.noPolicy", documentType));
	}

	/**
	 * Starts an approval on the current policy revision; refused when there is no route.
	 */
	@Transactional
	public long submit(long tenantId, SubmitDocument document) {
		ApprovalPolicy policy = this.policies.currentPolicy(tenantId, document.documentType())
			.orElseThrow(() -> new BusinessRuleException("approval.route.refused.noPolicy", document.documentType()));
		RoutePlan plan = this.planner.plan(tenantId, policy.rules(), document.amount(), document.unitId(),
				document.requesterUserId());
		refuseUnlessAllowed(plan);
		Approval approval = new Approval(tenantId, document, policy, plan.steps(), now());
		return this.approvals.save(approval).getId();
	}

	/**
	 * The requester's corrected document restarts its route, computed on the policy
	 * revision of the first submission.
	 */
	@Transactional
	public void resubmit(long tenantId, long approvalId, long requesterUserId, BigDecimal amount, String summary) {
		Approval approval = this.approvals.findByTenantIdAndId(tenantId, approvalId)
			.filter(a -> a.getRequesterUserId() == requesterUserId)
			.orElseThrow(() -> new NotFoundException("Approval", approvalId));
		ApprovalPolicy policy = this.policies.revisionEntity(tenantId, approval.getPolicyId());
		RoutePlan plan = this.planner.plan(tenantId, policy.rules(), amount, approval.getUnitId(), requesterUserId);
		refuseUnlessAllowed(plan);
		approval.resubmit(amount, summary, plan.steps(), now());
		this.approvals.saveAndFlush(approval);
	}

	/**
	 * Approve, reject or return the task, as its assignee or their delegate, optionally
	 * attaching a file. A task outside the viewer's sight answers 404.
	 */
	public ActionResult act(Viewer viewer, long taskId, Action action, Upload upload) {
		Upload checked = upload == null ? null : upload.checked();
		try {
			return this.transaction.execute(status -> actNow(viewer, taskId, action, checked));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new BusinessRuleException(Approval.ALREADY_HANDLED);
		}
	}

	private ActionResult actNow(Viewer viewer, long taskId, Action action, Upload upload) {
		ApprovalTask task = this.tasks.findByTenantIdAndId(viewer.tenantId(), taskId)
			.orElseThrow(() -> new NotFoundException("Task", taskId));
		Approval approval = task.getApproval();
		if (!this.access.canSee(viewer, approval)) {
			throw new NotFoundException("Task", taskId);
		}
		if (task.getStatus() == TaskStatus.OPEN && !this.access.canAct(viewer, task)) {
			throw new BusinessRuleException("approval.error.notYourTask");
		}
		Instant now = now();
		approval.act(taskId, viewer.userId(), action, now);
		this.approvals.saveAndFlush(approval);
		if (upload != null) {
			this.attachments.save(new Attachment(viewer.tenantId(), approval.getId(), taskId, upload));
		}
		return new ActionResult(approval.getId(), taskId, approval.getStatus(),
				approval.openTask().map(ApprovalTask::getId).orElse(null));
	}

	/**
	 * Instants kept to the millisecond, as the databases store them, so that windows
	 * compare exactly.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static void refuseUnlessAllowed(RoutePlan plan) {
		if (!plan.allowed()) {
			throw new BusinessRuleException("amount", plan.refusalKey(), plan.refusalArguments().toArray());
		}
	}

	/** What an action led to: the approval's state and the task now open, if any. */
	public record ActionResult(long approvalId, long taskId, ApprovalStatus status, Long nextTaskId) {

	}

}
