package cn.houqin.standards.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardCheck;
import cn.houqin.standards.StandardSubject;

/**
 * API body of a check: {@code ruleCode}, or {@code subject} (and optionally
 * {@code kind}); the {@code actual} value; the day {@code on} (today when absent); and
 * the {@code context}, e.g. {@code {"guests": "11"}}.
 */
record CheckRequest(String ruleCode, StandardSubject subject, RuleKind kind, @NotNull BigDecimal actual, LocalDate on,
		Map<String, String> context) {

	StandardCheck toCheck() {
		return new StandardCheck(this.ruleCode, this.subject, this.kind, this.actual, this.on, this.context);
	}

}
