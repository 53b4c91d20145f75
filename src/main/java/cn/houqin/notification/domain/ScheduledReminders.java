package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScheduledReminders extends JpaRepository<Reminder, Long> {

	List<Reminder> findByStatusAndDueAtLessThanEqualOrderByDueAtAscIdAsc(ReminderStatus status, Instant now,
			Limit limit);

	Optional<Reminder> findByTenantIdAndId(long tenantId, long id);

	/** Claims a pending reminder for delivery; answers 1 for the one caller that wins. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Reminder r set r.status = cn.houqin.notification.domain.ReminderStatus.DELIVERED,
			r.deliveredAt = :at, r.version = r.version + 1
			where r.id = :id and r.status = cn.houqin.notification.domain.ReminderStatus.PENDING""")
	int claim(long id, Instant at);

}
