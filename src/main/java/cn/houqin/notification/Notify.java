package cn.houqin.notification;

import java.util.List;

/**
 * A message for one user's inbox. The text is the message key rendered with the arguments
 * in the reader's language when it is shown, so bundles may change afterwards.
 *
 * @param tenantId the recipient's tenant
 * @param recipientUserId the user who receives it
 * @param messageKey a key of the sending module's message bundle, e.g.
 * {@code approval.notify.assigned}
 * @param args the key's arguments ({0}, {1} …) as text
 * @param link a path inside the application to open (e.g. {@code /approval/tasks/12}), or
 * {@code null}
 * @param email whether the message merits an e-mail too (sent only to users who turned
 * e-mail on in their settings)
 */
public record Notify(long tenantId, long recipientUserId, String messageKey, List<String> args, String link,
		boolean email) {

	public Notify {
		MessageRules.check(messageKey, args, link);
		args = MessageRules.copy(args);
	}

	public static Notify inApp(long tenantId, long recipientUserId, String messageKey, List<String> args, String link) {
		return new Notify(tenantId, recipientUserId, messageKey, args, link, false);
	}

	public static Notify withEmail(long tenantId, long recipientUserId, String messageKey, List<String> args,
			String link) {
		return new Notify(tenantId, recipientUserId, messageKey, args, link, true);
	}

}
