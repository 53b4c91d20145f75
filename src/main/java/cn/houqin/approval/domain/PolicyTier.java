package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tier (审批档次): the amounts above {@code lower} and up to {@code upper} inclusive, and
 * the steps they take, in order. In Chinese rules 以下/以内 include the number (立法技术规范).
 */
public record PolicyTier(BigDecimal lower, BigDecimal upper, List<PolicyStep> steps) {

	public PolicyTier {
		steps = List.copyOf(steps);
	}

	public boolean matches(BigDecimal amount) {
		return (this.lower == null || amount.compareTo(this.lower) > 0)
				&& (this.upper == null || amount.compareTo(this.upper) <= 0);
	}

}
