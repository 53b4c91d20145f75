package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Command: the suppliers' quotes (货比三家) and the one chosen.
 *
 * @param quotes at least three
 * @param chosen index of the chosen quote
 * @param choiceReason required when the chosen quote is not the lowest
 */
public record QuoteDraft(List<Line> quotes, Integer chosen, String choiceReason) {

	public QuoteDraft {
		quotes = quotes == null ? List.of() : List.copyOf(quotes);
	}

	/**
	 * @param supplier the supplier
	 * @param amount the quoted total in 元
	 * @param quotedOn the day of the quote
	 * @param attachment a reference to the quote document, or {@code null}
	 * @param file the uploaded quote document, or {@code null}
	 */
	public record Line(String supplier, BigDecimal amount, LocalDate quotedOn, String attachment,
			QuoteAttachment file) {

		public Line(String supplier, BigDecimal amount, LocalDate quotedOn, String attachment) {
			this(supplier, amount, quotedOn, attachment, null);
		}

	}

}
