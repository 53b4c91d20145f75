package cn.houqin.repairs.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.NavigationItem;
import cn.houqin.shared.web.PendingWork;

/**
 * The repairs module's menu entries (70–79) and its pending work.
 */
@Configuration(proxyBeanMethods = false)
class RepairsNavigation {

	private static final String GROUP = "repairs.nav.group";

	@Bean
	NavigationItem repairsReportNavigation() {
		return new NavigationItem(70, "repairs.nav.report", "/repairs/report", "repairs.report", GROUP);
	}

	@Bean
	NavigationItem repairsMineNavigation() {
		return new NavigationItem(71, "repairs.nav.mine", "/repairs/mine", "repairs.report", GROUP);
	}

	@Bean
	NavigationItem repairsDispatchNavigation() {
		return new NavigationItem(72, "repairs.nav.dispatch", "/repairs/dispatch", "repairs.dispatch", GROUP);
	}

	@Bean
	NavigationItem repairsJobsNavigation() {
		return new NavigationItem(73, "repairs.nav.jobs", "/repairs/jobs", "repairs.work", GROUP);
	}

	@Bean
	NavigationItem repairsPlansNavigation() {
		return new NavigationItem(74, "repairs.nav.plans", "/repairs/plans", "repairs.plan", GROUP);
	}

	@Bean
	NavigationItem repairsIncidentsNavigation() {
		return new NavigationItem(75, "repairs.nav.incidents", "/repairs/incidents", "repairs.plan", GROUP);
	}

	@Bean
	NavigationItem repairsReportsNavigation() {
		return new NavigationItem(76, "repairs.nav.reports", "/repairs/reports", "repairs.reports", GROUP);
	}

	@Bean
	NavigationItem repairsRulesNavigation() {
		return new NavigationItem(77, "repairs.nav.rules", "/repairs/rules", "repairs.rules", GROUP);
	}

	@Bean
	NavigationItem repairsSkillsNavigation() {
		return new NavigationItem(78, "repairs.nav.skills", "/repairs/skills", "repairs.dispatch", GROUP);
	}

	/**
	 * A technician's open jobs and a dispatcher's unassigned work.
	 */
	@Component
	static class RepairsPendingWork implements PendingWork {

		private final WorkOrderQueries queries;

		RepairsPendingWork(WorkOrderQueries queries) {
			this.queries = queries;
		}

		@Override
		public List<PendingItem> pendingFor(CurrentUser user) {
			List<PendingItem> items = new ArrayList<>();
			if (user.can(WorkOrderQueries.WORK)) {
				items.add(new PendingItem("repairs.pending.jobs", this.queries.myJobs(user, 0, 1).total(),
						"/repairs/jobs"));
			}
			if (user.can(WorkOrderQueries.DISPATCH)) {
				items.add(new PendingItem("repairs.pending.dispatch",
						this.queries
							.dispatchQueue(user,
									new cn.houqin.repairs.domain.WorkOrderCriteria(null, null, null, null, true, true,
											null),
									0, 1)
							.total(),
						"/repairs/dispatch"));
			}
			return items;
		}

	}

}
