package cn.houqin.notification.domain;

import java.time.Instant;
import java.util.List;

/**
 * A message as its reader sees it.
 *
 * @param id the message
 * @param text the message rendered in the reader's language
 * @param messageKey the key it was rendered from
 * @param args the key's arguments
 * @param link the path it points to, or {@code null}
 * @param createdAt when it was sent
 * @param readAt when it was read, or {@code null}
 * @param read whether it was read
 */
public record NotificationView(long id, String text, String messageKey, List<String> args, String link,
		Instant createdAt, Instant readAt, boolean read) {

}
