package cn.houqin.standards.domain;

import java.time.LocalDate;

/**
 * What a standard set says about itself: its title, document number, issuer, effective
 * date and source text, and whether those details still need checking.
 */
public record SetTerms(String title, String documentNo, String issuer, LocalDate effectiveOn, String sourceText,
		boolean verify) {

	public SetTerms {
		title = trim(title);
		documentNo = trim(documentNo);
		issuer = trim(issuer);
		sourceText = trim(sourceText);
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
