package cn.houqin.access.domain;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Counts changes to accounts, roles and tokens in this process, so that principals built
 * before a change are not served from {@link TokenPrincipals}' cache after it.
 */
class AccessChanges {

	private static final AtomicLong generation = new AtomicLong();

	static long generation() {
		return generation.get();
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		generation.incrementAndGet();
	}

}
