package cn.houqin.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.core.annotation.AnnotationUtils;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.FieldChange;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * Captures inserts, updates and deletes of entities whose class carries {@link Audited}
 * and hands them to the transaction's buffer.
 */
final class AuditedEntityListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private final AuditRecorder recorder;

	private final Map<String, Optional<Audit>> audits = new ConcurrentHashMap<>();

	AuditedEntityListener(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		audit(event.getPersister())
			.ifPresent(audit -> record(AuditActions.CREATE, audit, event.getEntity(), event.getId(), ChangeSet
				.created(EntityState.of(event.getPersister(), event.getState(), event.getSession()), audit.masked())));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		audit(event.getPersister()).ifPresent(audit -> {
			Map<String, Object> before = EntityState.of(event.getPersister(), event.getOldState(), event.getSession());
			Map<String, Object> after = EntityState.of(event.getPersister(), event.getState(), event.getSession());
			List<FieldChange> changes = ChangeSet.between(before, after, audit.masked());
			if (!changes.isEmpty()) {
				record(AuditActions.UPDATE, audit, event.getEntity(), event.getId(), changes);
			}
		});
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		audit(event.getPersister())
			.ifPresent(audit -> record(AuditActions.DELETE, audit, event.getEntity(), event.getId(),
					ChangeSet.deleted(EntityState.of(event.getPersister(), event.getDeletedState(), event.getSession()),
							audit.masked())));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(String action, Audit audit, Object entity, Object id, List<FieldChange> changes) {
		Actor actor = Actor.current();
		long tenantId = entity instanceof Aggregate<?> aggregate ? aggregate.getTenantId() : actor.tenantOrZero();
		this.recorder.submit(new PendingEntry(tenantId, Instant.now().truncatedTo(ChronoUnit.MILLIS), actor.userId(),
				actor.username(), actor.clientAddress(), action, audit.type(), id == null ? null : id.toString(),
				EntryJson.changes(changes), null));
	}

	private Optional<Audit> audit(EntityPersister persister) {
		return this.audits.computeIfAbsent(persister.getEntityName(), name -> {
			Audited audited = AnnotationUtils.findAnnotation(persister.getMappedClass(), Audited.class);
			return audited == null ? Optional.empty()
					: Optional.of(new Audit(audited.value(), EntityState.maskedFields(persister)));
		});
	}

	/** How one audited entity type appears in the trail. */
	private record Audit(String type, Set<String> masked) {
	}

}
