package cn.houqin.approval;

/**
 * Event: an approver returned the document for changes (退回修改); the requester may edit it
 * and resubmit.
 */
public record ApprovalReturned(long tenantId, long approvalId, String documentType, long documentId, String comment) {

}
