package cn.houqin.notification.domain;

import java.util.List;
import java.util.Locale;

/**
 * An e-mail due for an attempt, with what is needed to write it.
 */
record PendingMail(long id, String address, Locale locale, String messageKey, List<String> args, String link) {

}
