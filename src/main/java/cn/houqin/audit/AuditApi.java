package cn.houqin.audit;

import java.util.Map;
import java.util.Optional;

import cn.houqin.shared.web.PageResult;

/**
 * What other modules may ask of the audit trail (审计日志): record events that are not entity
 * changes (entity changes of {@code @Audited} types are recorded without asking), search
 * the trail and verify its hash chain.
 */
public interface AuditApi {

	/**
	 * Records an event by the signed-in user (or "system") in the user's tenant. Joins
	 * the current transaction if one is active, otherwise writes at once.
	 * @param action what happened, e.g. {@link AuditActions#LOGIN_SUCCESS}
	 * @param entityType the kind of record concerned, e.g. {@code access.user}
	 * @param entityId the record's id, or {@code null}
	 * @param details free key/value details (never secrets)
	 */
	void record(String action, String entityType, String entityId, Map<String, String> details);

	/**
	 * Records an event on behalf of a given actor, e.g. a failed login where nobody is
	 * signed in. Joins the current transaction if one is active.
	 */
	void recordAs(long tenantId, Long userId, String username, String action, String entityType, String entityId,
			Map<String, String> details);

	/** Recomputes a tenant's whole chain and reports the first break, if any. */
	ChainVerification verify(long tenantId);

	/**
	 * One page of a tenant's entries matching the query.
	 * @param sort {@code key} or {@code key,desc} with key one of {@code occurredAt},
	 * {@code seq}, {@code actor}, {@code action}, {@code entityType}; newest first
	 * otherwise
	 */
	PageResult<AuditEntry> search(long tenantId, AuditQuery query, Integer page, Integer size, String sort);

	/** One entry of a tenant, with its changes and details. */
	Optional<AuditEntry> entry(long tenantId, long id);

}
