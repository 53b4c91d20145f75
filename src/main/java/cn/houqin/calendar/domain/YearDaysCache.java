package cn.houqin.calendar.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each tenant's years, loaded once and kept for a few minutes, so that working-day
 * arithmetic runs no query per day. An edit evicts the year on this node at once (again
 * after its commit); other nodes see it when their copy expires.
 */
@Component
class YearDaysCache {

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private static final int MAX_ENTRIES = 20_000;

	private final ConcurrentMap<Key, Cached> years = new ConcurrentHashMap<>();

	private final CalendarData data;

	private final Clock clock = Clock.systemUTC();

	YearDaysCache(CalendarData data) {
		this.data = data;
	}

	YearDays get(long tenantId, int year) {
		Instant now = this.clock.instant();
		Key key = new Key(tenantId, year);
		Cached cached = this.years.get(key);
		if (cached != null && cached.expires().isAfter(now)) {
			return cached.days();
		}
		if (this.years.size() >= MAX_ENTRIES) {
			this.years.clear();
		}
		YearDays days = this.data.load(tenantId, year);
		this.years.put(key, new Cached(days, now.plus(TIME_TO_LIVE)));
		return days;
	}

	void evict(long tenantId, int year) {
		Key key = new Key(tenantId, year);
		this.years.remove(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					YearDaysCache.this.years.remove(key);
				}
			});
		}
	}

	private record Key(long tenantId, int year) {
	}

	private record Cached(YearDays days, Instant expires) {
	}

}
