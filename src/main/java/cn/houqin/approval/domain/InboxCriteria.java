package cn.houqin.approval.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Typed query criteria of the inbox: open tasks of the given assignees, optionally of one
 * document type and opened before a moment (age filter).
 */
final class InboxCriteria {

	private InboxCriteria() {
	}

	static Specification<ApprovalTask> open(long tenantId, Collection<Long> assignees, String documentType,
			Instant openedBefore) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), tenantId));
			where.add(cb.equal(root.get("status"), TaskStatus.OPEN));
			where.add(root.get("assigneeUserId").in(assignees));
			if (documentType != null && !documentType.isBlank()) {
				where.add(cb.equal(root.get("approval").get("documentType"), documentType));
			}
			if (openedBefore != null) {
				where.add(cb.lessThanOrEqualTo(root.get("openedAt"), openedBefore));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
