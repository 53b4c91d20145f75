package cn.houqin.audit.domain;

import java.time.Instant;

/**
 * An entry captured but not yet appended to its tenant's chain.
 *
 * @param changes JSON of the changed fields, or {@code null}
 * @param details JSON of the event's details, or {@code null}
 */
record PendingEntry(long tenantId, Instant occurredAt, Long actorId, String actorName, String clientAddress,
		String action, String entityType, String entityId, String changes, String details) {

}
