package cn.houqin.approval.domain;

import java.time.Instant;

/**
 * One policy revision as pages and the API show it.
 */
public record PolicyView(long id, String documentType, int revision, boolean current, Instant createdAt, String note,
		PolicyRules rules) {

	static PolicyView of(ApprovalPolicy policy) {
		return new PolicyView(policy.getId(), policy.getDocumentType(), policy.getRevision(), policy.isCurrent(),
				policy.getCreatedAt(), policy.getNote(), policy.rules());
	}

}
