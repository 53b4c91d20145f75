package cn.houqin.notification.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a stored message key and its arguments in a language. A key that the bundles no
 * longer know is shown as the key and its arguments rather than failing.
 */
@Component
class MessageText {

	private final MessageSource messages;

	MessageText(MessageSource messages) {
		this.messages = messages;
	}

	String render(String key, List<String> args, Locale locale) {
		String text = this.messages.getMessage(key, args.toArray(), null, locale);
		if (text != null) {
			return text;
		}
		return args.isEmpty() ? key : key + " " + String.join(" · ", args);
	}

	static Locale localeOf(String languageTag) {
		return languageTag == null || languageTag.isBlank() ? Locale.SIMPLIFIED_CHINESE
				: Locale.forLanguageTag(languageTag);
	}

}
