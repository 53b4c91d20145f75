package cn.houqin.document;

import java.util.List;

/**
 * Why one row of an imported sheet was refused.
 *
 * @param rowNumber the row as Excel numbers it (the header is row 1), or 0 for the file
 * @param column the column header concerned, or {@code null}
 * @param messageKey message key of the reason
 * @param arguments arguments of the message
 */
public record ImportError(int rowNumber, String column, String messageKey, List<Object> arguments) {

	public ImportError {
		arguments = List.copyOf(arguments);
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
