package cn.houqin.approval.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.web.NavigationItem;

/**
 * The approval module's menu entries.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalNavigation {

	@Bean
	NavigationItem approvalInboxNavigation() {
		return new NavigationItem(30, "approval.nav.inbox", "/approval/inbox", "approval.task.act",
				"approval.nav.group");
	}

	@Bean
	NavigationItem approvalMineNavigation() {
		return new NavigationItem(31, "approval.nav.mine", "/approval/mine", "approval.request.create",
				"approval.nav.group");
	}

	@Bean
	NavigationItem approvalPoliciesNavigation() {
		return new NavigationItem(32, "approval.nav.policies", "/approval/policies", "approval.policy.manage",
				"approval.nav.group");
	}

	@Bean
	NavigationItem approvalSplitReportNavigation() {
		return new NavigationItem(33, "approval.nav.splitReport", "/approval/split-report", "approval.report.view",
				"approval.nav.group");
	}

}
