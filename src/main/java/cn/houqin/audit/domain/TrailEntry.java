package cn.houqin.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import cn.houqin.audit.AuditEntry;

/**
 * A stored entry of the audit trail, read-only: entries are appended with JDBC by the
 * chain and never changed afterwards.
 */
@Entity
@Immutable
@Table(name = "aud_entry")
class TrailEntry {

	@Id
	private Long id;

	@Column(name = "tenant_id")
	private long tenantId;

	private long seq;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "client_address")
	private String clientAddress;

	private String action;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	private String changes;

	private String details;

	protected TrailEntry() {
	}

	AuditEntry toRecord() {
		return new AuditEntry(this.id, this.seq, this.occurredAt, this.actorId, this.actorName, this.clientAddress,
				this.action, this.entityType, this.entityId, EntryJson.readChanges(this.changes),
				EntryJson.readDetails(this.details));
	}

}
