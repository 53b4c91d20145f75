package cn.houqin.repairs;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;

/**
 * The repairs module's permission codes and the built-in roles' defaults: everyone
 * reports, the logistics officer dispatches (报修调度), technicians work, leaders read the
 * reports.
 */
@Configuration(proxyBeanMethods = false)
class RepairsPermissions {

	/** Report a fault, follow, confirm and rate one's own reports. */
	static final String REPORT = "repairs.report";

	/** See and work on the dispatch board: accept, assign, adjust urgency. */
	static final String DISPATCH = "repairs.dispatch";

	/** Take, start and complete work orders. */
	static final String WORK = "repairs.work";

	/** Preventive plans and incidents. */
	static final String PLAN = "repairs.plan";

	/** Reports on SLA compliance, satisfaction and cost. */
	static final String REPORTS = "repairs.reports";

	/** Edit the repair rules: SLA, working hours, contractor approval limit. */
	static final String RULES = "repairs.rules";

	@Bean
	Permissions repairsPermissionCodes() {
		Set<String> everyone = Set.of(REPORT);
		return new Permissions("repairs.module", List.of(REPORT, DISPATCH, WORK, PLAN, REPORTS, RULES),
				Map.ofEntries(Map.entry("admin", Set.of(REPORT, DISPATCH, PLAN, REPORTS, RULES)),
						Map.entry("staff", everyone), Map.entry("dept-head", Set.of(REPORT, REPORTS)),
						Map.entry("logistics", Set.of(REPORT, DISPATCH, PLAN, REPORTS)),
						Map.entry("logistics-head", Set.of(REPORT, DISPATCH, PLAN, REPORTS)),
						Map.entry("unit-head", Set.of(REPORT, REPORTS)), Map.entry("committee", everyone),
						Map.entry("asset-keeper", everyone), Map.entry("dispatcher", everyone),
						Map.entry("driver", everyone), Map.entry("technician", Set.of(REPORT, WORK)),
						Map.entry("conduct-office", everyone), Map.entry("finance", Set.of(REPORT, REPORTS)),
						Map.entry("auditor", Set.of(REPORTS))));
	}

}
