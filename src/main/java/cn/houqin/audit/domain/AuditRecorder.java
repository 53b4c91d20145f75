package cn.houqin.audit.domain;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends captured entries to the chain: into the current read-write transaction's buffer
 * when there is one (so they commit or roll back with the change), otherwise in a
 * transaction of their own.
 */
@Component
class AuditRecorder {

	private final ChainAppender appender;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate ownTransaction;

	AuditRecorder(ChainAppender appender, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		this.appender = appender;
		this.entityManagerFactory = entityManagerFactory;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void submit(PendingEntry entry) {
		if (!canJoinTransaction()) {
			writeAlone(List.of(entry));
			return;
		}
		AuditBuffer buffer = buffer();
		if (buffer.isOpen()) {
			buffer.add(entry);
		}
		else {
			this.appender.append(List.of(entry));
		}
	}

	private static boolean canJoinTransaction() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private AuditBuffer buffer() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof AuditBuffer buffer) {
				return buffer;
			}
		}
		AuditBuffer buffer = new AuditBuffer(this.appender,
				EntityManagerFactoryUtils.getTransactionalEntityManager(this.entityManagerFactory), this::writeAlone);
		TransactionSynchronizationManager.registerSynchronization(buffer);
		return buffer;
	}

	private void writeAlone(List<PendingEntry> entries) {
		this.ownTransaction.executeWithoutResult(status -> this.appender.append(entries));
	}

}
