package cn.houqin.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import cn.houqin.shared.security.Permissions;
import cn.houqin.shared.web.NavigationItem;

/**
 * The audit trail's permission codes and menu entries.
 */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	static final String VIEW = "audit.trail.view";

	static final String VERIFY = "audit.trail.verify";

	@Bean
	Permissions auditPermissions() {
		return new Permissions("audit.module", List.of(VIEW, VERIFY));
	}

	@Bean
	NavigationItem auditTrailNavigation() {
		return new NavigationItem(90, "audit.nav.trail", "/audit", VIEW, "nav.group.system");
	}

	@Bean
	NavigationItem auditVerifyNavigation() {
		return new NavigationItem(91, "audit.nav.verify", "/audit/verify", VERIFY, "nav.group.system");
	}

}
