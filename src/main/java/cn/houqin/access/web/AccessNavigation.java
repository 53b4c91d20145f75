package cn.houqin.access.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;
import cn.houqin.shared.web.NavigationItem;

/**
 * The access module's permission codes and menu entries.
 */
@Configuration(proxyBeanMethods = false)
class AccessNavigation {

	@Bean
	Permissions accessPermissions() {
		return new Permissions("access.module",
				List.of("access.user.view", "access.user.manage", "access.role.manage"));
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem(80, "access.nav.users", "/access/users", "access.user.view", "nav.group.system");
	}

	@Bean
	NavigationItem rolesNavigation() {
		return new NavigationItem(81, "access.nav.roles", "/access/roles", "access.role.manage", "nav.group.system");
	}

}
