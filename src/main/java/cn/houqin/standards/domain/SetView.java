package cn.houqin.standards.domain;

import java.time.LocalDate;

/**
 * A standard set as the pages and the API show it.
 *
 * @param local the tenant's own set (editable); otherwise a national default
 * @param verify the citation details (document number, date) still need checking
 */
public record SetView(long id, long version, String code, String title, String documentNo, String issuer,
		LocalDate effectiveOn, String sourceText, boolean verify, boolean local, String citation, long ruleCount) {

	static SetView of(StandardSet set, long ruleCount) {
		return new SetView(set.getId(), set.getVersion(), set.getCode(), set.getTitle(), set.getDocumentNo(),
				set.getIssuer(), set.getEffectiveOn(), set.getSourceText(), set.isVerify(), !set.isNational(),
				set.citation(), ruleCount);
	}

}
