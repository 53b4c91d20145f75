package cn.houqin.standards.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardCheck;
import cn.houqin.standards.StandardSubject;

/**
 * The check tool's question: a rule code (or a subject and kind), the value, the day and
 * the context as {@code key=value} lines (e.g. {@code guests=11}).
 */
public class CheckForm {

	private String ruleCode;

	private StandardSubject subject;

	private RuleKind kind;

	private BigDecimal actual;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	private String context;

	StandardCheck toCheck() {
		if (this.actual == null) {
			throw new BusinessRuleException("actual", "standards.check.error.actual");
		}
		return new StandardCheck(this.ruleCode, this.subject, this.kind, this.actual, this.on, contextMap());
	}

	/** The context lines as a map; a line without {@code =} is refused on the field. */
	Map<String, String> contextMap() {
		Map<String, String> values = new LinkedHashMap<>();
		if (this.context == null) {
			return values;
		}
		for (String line : this.context.split("[\\n;；]")) {
			if (line.isBlank()) {
				continue;
			}
			int at = line.indexOf('=');
			if (at <= 0) {
				throw new BusinessRuleException("context", "standards.check.error.contextLine", line.trim());
			}
			values.put(line.substring(0, at).trim(), line.substring(at + 1).trim());
		}
		return values;
	}

	public String getRuleCode() {
		return this.ruleCode;
	}

	public void setRuleCode(String ruleCode) {
		this.ruleCode = ruleCode;
	}

	public StandardSubject getSubject() {
		return this.subject;
	}

	public void setSubject(StandardSubject subject) {
		this.subject = subject;
	}

	public RuleKind getKind() {
		return this.kind;
	}

	public void setKind(RuleKind kind) {
		this.kind = kind;
	}

	public BigDecimal getActual() {
		return this.actual;
	}

	public void setActual(BigDecimal actual) {
		this.actual = actual;
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public String getContext() {
		return this.context;
	}

	public void setContext(String context) {
		this.context = context;
	}

}
