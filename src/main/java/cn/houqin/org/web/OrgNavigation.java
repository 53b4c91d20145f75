package cn.houqin.org.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;
import cn.houqin.shared.web.NavigationItem;

/**
 * The organisation module's permission codes and menu entries.
 */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	Permissions orgPermissions() {
		return new Permissions("org.module", List.of("org.unit.view", "org.unit.manage", "org.staff.view",
				"org.staff.manage", "org.staff.move", "org.staff.import", "org.staff.export"));
	}

	@Bean
	NavigationItem unitsNavigation() {
		return new NavigationItem(10, "org.nav.units", "/org/units", "org.unit.view", "nav.group.org");
	}

	@Bean
	NavigationItem staffNavigation() {
		return new NavigationItem(11, "org.nav.staff", "/org/staff", "org.staff.view", "nav.group.org");
	}

}
