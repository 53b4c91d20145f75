package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 化整为零: requests of one unit and type (and category, when given) within 30 days that
 * together pass a tier boundary which each alone stays within.
 */
public record SplitWarning(long approvalId, String documentType, String unitName, String category, int count,
		BigDecimal total, BigDecimal boundary, List<Long> approvalIds, Instant from, Instant to) {

}
