package cn.houqin.standards;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.houqin.standards.domain.StandardChecker;

/**
 * What other modules call to mark a request over standard (超标预警) before it is approved.
 */
@Service
public class StandardsApi {

	private final StandardChecker checker;

	StandardsApi(StandardChecker checker) {
		this.checker = checker;
	}

	/**
	 * Every applicable rule's finding, within standard or not. An unknown rule code, or a
	 * context missing a value the rule needs (e.g. {@code guests}), is refused with a
	 * {@link cn.houqin.shared.web.BusinessRuleException}.
	 */
	public List<Finding> check(long tenantId, StandardCheck check) {
		return this.checker.check(tenantId, check);
	}

	/**
	 * Only the findings that break a standard; empty when the request is within standard.
	 */
	public List<Finding> overStandard(long tenantId, StandardCheck check) {
		return check(tenantId, check).stream().filter(Finding::over).toList();
	}

}
