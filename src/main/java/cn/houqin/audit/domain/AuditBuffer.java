package cn.houqin.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The entries of one transaction, written in that transaction just before it commits, and
 * dropped if it rolls back. Runs after every other synchronization; first flushes the
 * persistence context so that pending updates reach the entity listener.
 */
final class AuditBuffer implements TransactionSynchronization {

	private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);

	private final ChainAppender appender;

	private final EntityManagerFactory entityManagerFactory;

	private final Consumer<List<PendingEntry>> writeAlone;

	private final List<PendingEntry> entries = new ArrayList<>();

	private boolean written;

	AuditBuffer(ChainAppender appender, EntityManagerFactory entityManagerFactory,
			Consumer<List<PendingEntry>> writeAlone) {
		this.appender = appender;
		this.entityManagerFactory = entityManagerFactory;
		this.writeAlone = writeAlone;
	}

	/** Whether entries may still join this transaction's write. */
	boolean isOpen() {
		return !this.written;
	}

	void add(PendingEntry entry) {
		this.entries.add(entry);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		EntityManager entityManager = EntityManagerFactoryUtils
			.getTransactionalEntityManager(this.entityManagerFactory);
		if (entityManager != null && !readOnly) {
			entityManager.flush();
		}
		this.written = true;
		if (!this.entries.isEmpty()) {
			this.appender.append(List.copyOf(this.entries));
			this.entries.clear();
		}
	}

	@Override
	public void afterCompletion(int status) {
		if (status == STATUS_COMMITTED && !this.entries.isEmpty()) {
			log.warn("{} audit entries arrived after the transaction's write; writing them now", this.entries.size());
			this.writeAlone.accept(List.copyOf(this.entries));
		}
		this.entries.clear();
	}

}
