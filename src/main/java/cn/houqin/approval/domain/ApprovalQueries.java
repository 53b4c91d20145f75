package cn.houqin.approval.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Reading approvals: the inbox (待我审批) and its count, a task with its approval, the
 * requester's submissions, attachments and the split-purchase report.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalQueries {

	private final Approvals approvals;

	private final ApprovalTasks tasks;

	private final Attachments attachments;

	private final ApprovalAccess access;

	private final SplitWatch splitWatch;

	private final Names names;

	private final Clock clock = Clock.systemUTC();

	ApprovalQueries(Approvals approvals, ApprovalTasks tasks, Attachments attachments, ApprovalAccess access,
			SplitWatch splitWatch, Names names) {
		this.approvals = approvals;
		this.tasks = tasks;
		this.attachments = attachments;
		this.access = access;
		this.splitWatch = splitWatch;
		this.names = names;
	}

	/**
	 * Open tasks of the reader and of those who delegated to them; oldest first by
	 * default.
	 */
	public PageResult<InboxItem> inbox(long tenantId, long userId, String documentType, Integer minAgeDays,
			Pageable pageable) {
		Instant now = this.clock.instant();
		Instant openedBefore = minAgeDays == null || minAgeDays <= 0 ? null : now.minus(Duration.ofDays(minAgeDays));
		Page<ApprovalTask> page = this.tasks.findAll(
				InboxCriteria.open(tenantId, this.access.actingFor(tenantId, userId), documentType, openedBefore),
				pageable);
		Names.Lookup lookup = this.names.lookup(tenantId);
		return PageResult.of(page, task -> item(task, userId, lookup, now));
	}

	public long inboxCount(long tenantId, long userId) {
		return this.tasks.count(InboxCriteria.open(tenantId, this.access.actingFor(tenantId, userId), null, null));
	}

	public List<String> inboxTypes(long tenantId, long userId) {
		return this.tasks.openDocumentTypes(tenantId, this.access.actingFor(tenantId, userId));
	}

	/** A task with its approval; 404 when the viewer may not see it. */
	public TaskPage task(Viewer viewer, long taskId) {
		ApprovalTask task = this.tasks.findByTenantIdAndId(viewer.tenantId(), taskId)
			.filter(t -> this.access.canSee(viewer, t.getApproval()))
			.orElseThrow(() -> new NotFoundException("Task", taskId));
		Approval approval = task.getApproval();
		Names.Lookup lookup = this.names.lookup(viewer.tenantId());
		boolean actionable = task.getStatus() == TaskStatus.OPEN && this.access.canAct(viewer, task);
		return new TaskPage(view(approval, lookup), taskId, actionable, task.isCommittee(),
				this.splitWatch.check(approval, lookup));
	}

	/**
	 * An approval with its open task, if the viewer may act on it; 404 when not visible.
	 */
	public TaskPage approval(Viewer viewer, long approvalId) {
		Approval approval = visible(viewer, approvalId);
		Names.Lookup lookup = this.names.lookup(viewer.tenantId());
		Optional<ApprovalTask> open = approval.openTask().filter(task -> this.access.canAct(viewer, task));
		return new TaskPage(view(approval, lookup), open.map(ApprovalTask::getId).orElse(null), open.isPresent(),
				open.map(ApprovalTask::isCommittee).orElse(false), this.splitWatch.check(approval, lookup));
	}

	public PageResult<ApprovalView> mine(long tenantId, long userId, Pageable pageable) {
		Names.Lookup lookup = this.names.lookup(tenantId);
		return PageResult.of(this.approvals.findByTenantIdAndRequesterUserId(tenantId, userId, pageable),
				approval -> ApprovalView.of(approval, lookup, List.of()));
	}

	public Optional<ApprovalView> forDocument(long tenantId, long approvalId) {
		Names.Lookup lookup = this.names.lookup(tenantId);
		return this.approvals.findByTenantIdAndId(tenantId, approvalId).map(a -> view(a, lookup));
	}

	public AttachmentFile attachment(Viewer viewer, long attachmentId) {
		Attachment attachment = this.attachments.findByTenantIdAndId(viewer.tenantId(), attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		visible(viewer, attachment.getApprovalId());
		return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
	}

	/**
	 * Warnings of approvals submitted in the last {@code days} days in the viewer's
	 * report scope.
	 */
	public List<SplitWarning> splitReport(Viewer viewer, int days) {
		Instant from = this.clock.instant().minus(Duration.ofDays(Math.max(1, Math.min(days, 366))));
		return this.splitWatch.report(viewer.tenantId(), from, viewer::reaches, this.names.lookup(viewer.tenantId()));
	}

	private Approval visible(Viewer viewer, long approvalId) {
		return this.approvals.findByTenantIdAndId(viewer.tenantId(), approvalId)
			.filter(a -> this.access.canSee(viewer, a))
			.orElseThrow(() -> new NotFoundException("Approval", approvalId));
	}

	private ApprovalView view(Approval approval, Names.Lookup lookup) {
		return ApprovalView.of(approval, lookup, this.attachments.listed(approval.getTenantId(), approval.getId()));
	}

	private static InboxItem item(ApprovalTask task, long userId, Names.Lookup names, Instant now) {
		Approval approval = task.getApproval();
		return new InboxItem(task.getId(), approval.getId(), approval.getDocumentType(), approval.getDocumentId(),
				approval.getSummary(), approval.getAmount(), names.unit(approval.getUnitId()),
				names.user(approval.getRequesterUserId()), task.getRoleCode(), RoleLabel.constant(task.getRoleCode()),
				task.isCommittee(), task.getOpenedAt(), Duration.between(task.getOpenedAt(), now).toDays(),
				approval.getFindings().size(),
				task.getAssigneeUserId() == userId ? null : names.user(task.getAssigneeUserId()));
	}

	/**
	 * A task (or approval) page: the approval, the task the reader may act on, the
	 * warning.
	 */
	public record TaskPage(ApprovalView approval, Long taskId, boolean actionable, boolean committee,
			Optional<SplitWarning> splitWarning) {

	}

	/** An attachment's bytes for download. */
	public record AttachmentFile(String fileName, String contentType, byte[] content) {

	}

}
