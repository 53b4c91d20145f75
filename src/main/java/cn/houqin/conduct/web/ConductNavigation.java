package cn.houqin.conduct.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import cn.houqin.conduct.domain.TaskService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.NavigationItem;
import cn.houqin.shared.web.PendingWork;

/**
 * The conduct module's menu entries (60–69) and its pending work.
 */
@Configuration(proxyBeanMethods = false)
class ConductNavigation {

	private static final String GROUP = "conduct.nav.group";

	@Bean
	NavigationItem conductRecordsNavigation() {
		return new NavigationItem(60, "conduct.nav.records", "/conduct/records", "conduct.record.own", GROUP);
	}

	@Bean
	NavigationItem conductStandingNavigation() {
		return new NavigationItem(61, "conduct.nav.standing", "/conduct/standing", "conduct.record.own", GROUP);
	}

	@Bean
	NavigationItem conductDisclosureNavigation() {
		return new NavigationItem(62, "conduct.nav.disclosure", "/conduct/disclosure", "conduct.record.own", GROUP);
	}

	@Bean
	NavigationItem conductTasksNavigation() {
		return new NavigationItem(63, "conduct.nav.tasks", "/conduct/tasks", "conduct.record.view", GROUP);
	}

	@Bean
	NavigationItem conductReportsNavigation() {
		return new NavigationItem(64, "conduct.nav.reports", "/conduct/reports", "conduct.record.view", GROUP);
	}

	@Bean
	NavigationItem conductOffencesNavigation() {
		return new NavigationItem(65, "conduct.nav.offences", "/conduct/offences", "conduct.offence.manage", GROUP);
	}

	@Bean
	NavigationItem conductPolicyNavigation() {
		return new NavigationItem(66, "conduct.nav.policy", "/conduct/policy", "conduct.policy.manage", GROUP);
	}

	/** Open follow-up tasks of the units the user manages. */
	@Component
	static class ConductPendingWork implements PendingWork {

		private final TaskService tasks;

		ConductPendingWork(TaskService tasks) {
			this.tasks = tasks;
		}

		@Override
		public List<PendingItem> pendingFor(CurrentUser user) {
			List<PendingItem> items = new ArrayList<>();
			if (user.can("conduct.record.view") || user.can("conduct.record.manage")) {
				items.add(new PendingItem("conduct.pending.tasks", this.tasks.openCount(user), "/conduct/tasks"));
			}
			return items;
		}

	}

}
