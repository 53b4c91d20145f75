package cn.houqin.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The entries of one transaction, written in that transaction just before it commits and
 * dropped if it rolls back.
 * <p>
 * The write is hooked into Hibernate's own completion, after the commit's flush: every
 * pending update has reached the entity listener by then, and the persistence context is
 * flushed once only (a second flush of the same context is not safe for every mapping,
 * e.g. an element collection of embeddables with a converted collection attribute).
 * Without a Hibernate session the write happens in {@link #beforeCommit}.
 */
final class AuditBuffer implements TransactionSynchronization {

	private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);

	private final ChainAppender appender;

	private final Consumer<List<PendingEntry>> writeAlone;

	private final boolean hookedIntoSession;

	private final List<PendingEntry> entries = new ArrayList<>();

	private boolean written;

	AuditBuffer(ChainAppender appender, EntityManager entityManager, Consumer<List<PendingEntry>> writeAlone) {
		this.appender = appender;
		this.writeAlone = writeAlone;
		this.hookedIntoSession = entityManager != null;
		if (this.hookedIntoSession) {
			entityManager.unwrap(SharedSessionContractImplementor.class)
				.getTransactionCompletionCallbacks()
				.registerCallback((SharedSessionContractImplementor session) -> write());
		}
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
		if (!this.hookedIntoSession) {
			write();
		}
	}

	@Override
	public void afterCompletion(int status) {
		if (status == STATUS_COMMITTED && !this.entries.isEmpty()) {
			log.warn("{} audit entries were not written with their transaction; writing them now", this.entries.size());
			this.writeAlone.accept(List.copyOf(this.entries));
		}
		this.entries.clear();
	}

	private void write() {
		this.written = true;
		if (!this.entries.isEmpty()) {
			List<PendingEntry> batch = List.copyOf(this.entries);
			this.entries.clear();
			this.appender.append(batch);
		}
	}

}
