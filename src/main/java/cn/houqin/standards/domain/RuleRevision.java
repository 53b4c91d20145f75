package cn.houqin.standards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new limit for a rule from a date, cited by a set ({@code null} keeps the rule's set).
 */
public record RuleRevision(BigDecimal limit, LocalDate effectiveFrom, boolean verify, String note, Long setId) {

}
