package cn.houqin.audit;

import java.time.Instant;

/**
 * Search criteria for the trail; every part is optional.
 *
 * @param from earliest time (inclusive)
 * @param to latest time (exclusive)
 * @param actor part of the actor's login name
 * @param action exact action
 * @param entityType entity type or its prefix, e.g. {@code org.} for the whole module
 * @param entityId exact entity id
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, String entityType, String entityId) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
