package cn.houqin.standards.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.Finding;
import cn.houqin.standards.StandardCheck;

/**
 * Checks a requested value against the rules in force on the request's date (超标预警).
 */
@Service
@Transactional(readOnly = true)
public class StandardChecker {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final StandardRules rules;

	StandardChecker(StandardRules rules) {
		this.rules = rules;
	}

	public List<Finding> check(long tenantId, StandardCheck check) {
		if (check.actual() == null) {
			throw new BusinessRuleException("actual", "standards.check.error.actual");
		}
		LocalDate day = check.on() == null ? LocalDate.now(ZONE) : check.on();
		boolean byCode = check.byRuleCode();
		return RuleVersions.inForce(candidates(tenantId, check), day)
			.stream()
			.filter(rule -> check.kind() == null || byCode || rule.terms().kind() == check.kind())
			.filter(rule -> rule.appliesTo(check.context(), byCode))
			.sorted(Comparator.comparing(StandardRule::getCode))
			.map(rule -> rule.evaluate(check.actual(), check.context()))
			.toList();
	}

	private List<StandardRule> candidates(long tenantId, StandardCheck check) {
		if (check.byRuleCode()) {
			String code = check.ruleCode().trim();
			List<StandardRule> versions = this.rules.findByTenantIdInAndCode(Visibility.of(tenantId), code);
			if (versions.isEmpty()) {
				throw new BusinessRuleException("ruleCode", "standards.check.error.unknownRule", code);
			}
			return versions;
		}
		if (check.subject() == null) {
			throw new BusinessRuleException("ruleCode", "standards.check.error.ruleOrSubject");
		}
		return this.rules.findByTenantIdInAndSubject(Visibility.of(tenantId), check.subject());
	}

}
