package cn.houqin.notification;

import java.util.List;

/**
 * What a stored message may hold: a key, at most {@value #MAX_ARGS} short arguments, and
 * a link that stays inside the application (a path, never another site).
 */
final class MessageRules {

	static final int MAX_ARGS = 10;

	static final int MAX_ARG_LENGTH = 300;

	static final int MAX_KEY_LENGTH = 200;

	static final int MAX_LINK_LENGTH = 500;

	private MessageRules() {
	}

	static void check(String messageKey, List<String> args, String link) {
		if (messageKey == null || messageKey.isBlank() || messageKey.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("A message key of 1 to " + MAX_KEY_LENGTH + " characters is required");
		}
		if (args != null && args.size() > MAX_ARGS) {
			throw new IllegalArgumentException("At most " + MAX_ARGS + " message arguments");
		}
		if (link != null && !isLocalPath(link)) {
			throw new IllegalArgumentException("A link must be a path inside the application: " + link);
		}
	}

	static List<String> copy(List<String> args) {
		if (args == null) {
			return List.of();
		}
		return args.stream().map(MessageRules::shorten).toList();
	}

	static boolean isLocalPath(String link) {
		return link.length() <= MAX_LINK_LENGTH && link.startsWith("/") && !link.startsWith("//")
				&& !link.contains("\\") && link.chars().noneMatch(Character::isISOControl);
	}

	private static String shorten(String arg) {
		if (arg == null) {
			return "";
		}
		return arg.length() <= MAX_ARG_LENGTH ? arg : arg.substring(0, MAX_ARG_LENGTH - 1) + "…";
	}

}
