package cn.houqin.audit.domain;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Registers the audit listener with Hibernate once the application has started, for every
 * entity (the listener itself ignores classes without {@code @Audited}).
 */
@Component
class AuditListenerRegistration implements SmartInitializingSingleton {

	private final EntityManagerFactory entityManagerFactory;

	private final AuditRecorder recorder;

	AuditListenerRegistration(EntityManagerFactory entityManagerFactory, AuditRecorder recorder) {
		this.entityManagerFactory = entityManagerFactory;
		this.recorder = recorder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		AuditedEntityListener listener = new AuditedEntityListener(this.recorder);
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
	}

}
