package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

	Optional<Notification> findByTenantIdAndRecipientIdAndId(long tenantId, long recipientId, long id);

	/** The inbox: unread first, then newest first. */
	@Query(value = """
			select n from Notification n where n.tenantId = :tenantId and n.recipientId = :recipientId
			order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc""",
			countQuery = "select count(n) from Notification n where n.tenantId = :tenantId and n.recipientId = :recipientId")
	Page<Notification> inbox(long tenantId, long recipientId, Pageable pageable);

	@Query(value = """
			select n from Notification n where n.tenantId = :tenantId and n.recipientId = :recipientId
			and n.readAt is null order by n.createdAt desc, n.id desc""", countQuery = """
			select count(n) from Notification n where n.tenantId = :tenantId
			and n.recipientId = :recipientId and n.readAt is null""")
	Page<Notification> unread(long tenantId, long recipientId, Pageable pageable);

	@Query("select n.id from Notification n where n.readAt is not null and n.createdAt < :before order by n.id")
	List<Long> readBefore(Instant before, Limit limit);

	long countByTenantIdAndRecipientIdAndReadAtIsNull(long tenantId, long recipientId);

	@Modifying
	@Query("""
			update Notification n set n.readAt = :at where n.tenantId = :tenantId and n.recipientId = :recipientId
			and n.readAt is null""")
	int markAllRead(long tenantId, long recipientId, Instant at);

}
