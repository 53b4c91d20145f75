package cn.houqin.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of the audit trail as readers see it.
 *
 * @param id the entry's id
 * @param seq its place in the tenant's chain (1, 2, 3 … without gaps)
 * @param occurredAt when it happened (UTC, millisecond precision)
 * @param actorId the user's id, or {@code null} for the system
 * @param actorName the user's login name, or {@code system}
 * @param clientAddress the client's IP address, or {@code null} outside a request
 * @param action what happened, see {@link AuditActions}
 * @param entityType the kind of record, e.g. {@code org.staff}
 * @param entityId the record's id, or {@code null}
 * @param changes changed fields with their values before and after
 * @param details free details of an explicit event
 */
public record AuditEntry(long id, long seq, Instant occurredAt, Long actorId, String actorName, String clientAddress,
		String action, String entityType, String entityId, List<FieldChange> changes, Map<String, String> details) {

	public AuditEntry {
		changes = List.copyOf(changes);
		details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
	}

}
