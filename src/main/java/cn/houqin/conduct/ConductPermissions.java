package cn.houqin.conduct;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.approval.DefaultPolicy;
import cn.houqin.approval.DocumentLink;
import cn.houqin.approval.DefaultPolicy.Step;
import cn.houqin.approval.DefaultPolicy.Tier;
import cn.houqin.shared.security.Permissions;

/**
 * The conduct module's permission codes with the built-in roles' defaults, and the
 * default approval policy of appeals: the hospital leadership (院领导, unit-head) decides
 * (篇2 第十九条).
 */
@Configuration(proxyBeanMethods = false)
class ConductPermissions {

	static final String OWN = "conduct.record.own";

	static final String VIEW = "conduct.record.view";

	static final String MANAGE = "conduct.record.manage";

	static final String DECIDE = "conduct.appeal.decide";

	static final String CATALOGUE = "conduct.offence.manage";

	static final String POLICY = "conduct.policy.manage";

	@Bean
	Permissions conductPermissionCodes() {
		Set<String> everybody = Set.of(OWN);
		return new Permissions("conduct.module", List.of(OWN, VIEW, MANAGE, DECIDE, CATALOGUE, POLICY),
				Map.ofEntries(Map.entry("staff", everybody), Map.entry("dept-head", Set.of(OWN, VIEW)),
						Map.entry("logistics", everybody), Map.entry("logistics-head", everybody),
						Map.entry("unit-head", Set.of(OWN, VIEW, DECIDE)), Map.entry("committee", everybody),
						Map.entry("asset-keeper", everybody), Map.entry("dispatcher", everybody),
						Map.entry("driver", everybody), Map.entry("technician", everybody),
						Map.entry("conduct-office", Set.of(OWN, VIEW, MANAGE, CATALOGUE)),
						Map.entry("finance", everybody), Map.entry("auditor", Set.of(VIEW)),
						Map.entry("admin", Set.of(CATALOGUE, POLICY))));
	}

	/**
	 * Appeals carry no amount (0 元). The first tier is capped at 0 so that its stored
	 * bounds are not both empty; the second only keeps the policy open-ended.
	 */
	@Bean
	DefaultPolicy conductAppealPolicy() {
		List<Step> leadership = List.of(Step.of("unit-head"));
		return new DefaultPolicy("CONDUCT_APPEAL",
				List.of(new Tier(BigDecimal.ZERO, leadership), new Tier(null, leadership)), false);
	}

	/** The approval page opens an appeal on its record's page. */
	@Bean
	DocumentLink conductAppealLink() {
		return new DocumentLink("CONDUCT_APPEAL", "/conduct/appeals/{id}");
	}

}
