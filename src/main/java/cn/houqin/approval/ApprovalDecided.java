package cn.houqin.approval;

/**
 * Event: an approval ended, approved by its last step or rejected by any step.
 */
public record ApprovalDecided(long tenantId, long approvalId, String documentType, long documentId,
		ApprovalOutcome outcome) {

}
