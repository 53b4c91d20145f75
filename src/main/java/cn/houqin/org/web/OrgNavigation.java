package cn.houqin.org.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.web.NavigationItem;

/**
 * The organisation module's menu entries.
 */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

	@Bean
	NavigationItem unitsNavigation() {
		return new NavigationItem(10, "org.nav.units", "/org/units", "org.unit.view", "nav.group.org");
	}

	@Bean
	NavigationItem staffNavigation() {
		return new NavigationItem(11, "org.nav.staff", "/org/staff", "org.staff.view", "nav.group.org");
	}

	@Bean
	NavigationItem positionsNavigation() {
		return new NavigationItem(12, "org.nav.positions", "/org/positions", "org.unit.view", "nav.group.org");
	}

	@Bean
	NavigationItem ranksNavigation() {
		return new NavigationItem(13, "org.nav.ranks", "/org/ranks", "org.unit.view", "nav.group.org");
	}

}
