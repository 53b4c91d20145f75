package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMails extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAscIdAsc(MailStatus status,
			Instant now, Limit limit);

	List<OutboxMail> findByNotificationId(long notificationId);

}
