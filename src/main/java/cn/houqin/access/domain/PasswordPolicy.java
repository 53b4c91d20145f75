package cn.houqin.access.domain;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * At least 8 characters with letters and digits, and not the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static void check(String field, String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new BusinessRuleException(field, "access.password.error.short", MIN_LENGTH);
		}
		if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			throw new BusinessRuleException(field, "access.password.error.mix");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new BusinessRuleException(field, "access.password.error.username");
		}
	}

}
