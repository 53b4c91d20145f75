package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.houqin.approval.OverStandard;

/**
 * An approval with its route, findings and attachments, as pages and the API show it.
 */
public record ApprovalView(long id, String documentType, long documentId, BigDecimal amount, String unitName,
		String category, String summary, long requesterUserId, String requesterName, ApprovalStatus status, int round,
		int policyRevision, Instant submittedAt, Instant decidedAt, List<OverStandard> findings, List<StepView> steps,
		List<AttachmentView> attachments) {

	static ApprovalView of(Approval approval, Names.Lookup names, List<AttachmentView> attachments) {
		return new ApprovalView(approval.getId(), approval.getDocumentType(), approval.getDocumentId(),
				approval.getAmount(), names.unit(approval.getUnitId()), approval.getCategory(), approval.getSummary(),
				approval.getRequesterUserId(), names.user(approval.getRequesterUserId()), approval.getStatus(),
				approval.getRound(), approval.getPolicyRevision(), approval.getSubmittedAt(), approval.getDecidedAt(),
				approval.getFindings().stream().map(Finding::toOverStandard).toList(),
				approval.getTasks().stream().map(task -> StepView.of(task, names)).toList(), attachments);
	}

	/** The steps of the current round, the route the approval is walking now. */
	public List<StepView> currentSteps() {
		return this.steps.stream().filter(step -> step.round() == this.round).toList();
	}

	/** Steps of earlier rounds, before the document was returned and resubmitted. */
	public List<StepView> earlierSteps() {
		return this.steps.stream().filter(step -> step.round() < this.round).toList();
	}

}
