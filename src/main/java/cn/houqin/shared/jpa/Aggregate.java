package cn.houqin.shared.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every tenant-owned aggregate: surrogate id, tenant, optimistic-lock version,
 * and who created and last changed it. Events registered by the aggregate are published
 * when it is saved.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class Aggregate<A extends Aggregate<A>> extends AbstractAggregateRoot<A> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenant_id", nullable = false, updatable = false)
	private long tenantId;

	@Version
	private long version;

	@CreatedDate
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@LastModifiedDate
	@Column(name = "updated_at")
	private Instant updatedAt;

	@LastModifiedBy
	@Column(name = "updated_by")
	private Long updatedBy;

	protected Aggregate() {
	}

	protected Aggregate(long tenantId) {
		this.tenantId = tenantId;
	}

	public Long getId() {
		return this.id;
	}

	public long getTenantId() {
		return this.tenantId;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Refuses a command prepared against an older version of this record (lost update).
	 */
	public void checkVersion(long expected) {
		if (expected != this.version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(getClass(), this.id);
		}
	}

}
