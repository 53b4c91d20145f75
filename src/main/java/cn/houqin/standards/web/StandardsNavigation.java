package cn.houqin.standards.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.web.NavigationItem;

/**
 * The standards module's menu entry, shown to every signed-in user (all may read and use
 * the check tool; editing needs {@code standards.manage}).
 */
@Configuration(proxyBeanMethods = false)
class StandardsNavigation {

	@Bean
	NavigationItem standardsMenuEntry() {
		return new NavigationItem(70, "standards.nav", "/standards", null, "nav.group.system");
	}

}
