package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An open task in "待我审批": what, how much, from whom, since when; {@code delegatedBy} is
 * the assignee's name when the task reaches the reader by delegation.
 */
public record InboxItem(long taskId, long approvalId, String documentType, long documentId, String summary,
		BigDecimal amount, String unitName, String requesterName, String roleCode, String role, boolean committee,
		Instant openedAt, long ageDays, int findings, String delegatedBy) {

}
