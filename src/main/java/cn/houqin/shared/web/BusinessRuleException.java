package cn.houqin.shared.web;

import java.util.List;

/**
 * A command refused by a business rule. Carries a message key (and arguments) so that
 * pages and the API can explain it in the reader's language, and optionally the field it
 * concerns.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> arguments;

	private final String field;

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	public BusinessRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

	public String field() {
		return this.field;
	}

}
