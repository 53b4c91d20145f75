package cn.houqin.approval;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;

/**
 * The approval module's permission codes.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalPermissions {

	@Bean
	Permissions approvalPermissionCodes() {
		return new Permissions("approval.module", List.of("approval.request.create", "approval.task.act",
				"approval.policy.manage", "approval.report.view"));
	}

}
