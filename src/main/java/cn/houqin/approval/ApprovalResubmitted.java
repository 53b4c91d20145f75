package cn.houqin.approval;

/**
 * Event: a returned document was resubmitted and its route restarted from the first step.
 */
public record ApprovalResubmitted(long tenantId, long approvalId, String documentType, long documentId, int round) {

}
