package cn.houqin.standards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;

/**
 * One rule version as the pages and the API show it.
 *
 * @param local the tenant's own version (a local rule or an override of a national one)
 * @param verify a default from secondary sources: 默认值，请按本地规定核对
 */
public record RuleView(long id, long version, long setId, String source, String code, String label,
		StandardSubject subject, RuleKind kind, BigDecimal limit, String unit, String basis, BigDecimal per,
		Rounding rounding, String conditions, boolean verify, LocalDate effectiveFrom, String note, boolean local) {

	static RuleView of(StandardRule rule) {
		RuleTerms terms = rule.terms();
		return new RuleView(rule.getId(), rule.getVersion(), rule.getSet().getId(), rule.getSet().citation(),
				rule.getCode(), terms.label(), terms.subject(), terms.kind(), terms.limit(), terms.unit(),
				terms.basis(), terms.per(), terms.rounding(), terms.conditions(), terms.verify(), terms.effectiveFrom(),
				terms.note(), rule.isLocal());
	}

}
