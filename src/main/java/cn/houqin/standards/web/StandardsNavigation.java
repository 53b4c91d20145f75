package cn.houqin.standards.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.web.NavigationItem;

/**
 * The standards module's menu entry. Every signed-in user may open the pages; the menu
 * shows the entry to holders of {@code standards.manage} until the layout can show an
 * entry to everyone.
 */
@Configuration(proxyBeanMethods = false)
class StandardsNavigation {

	@Bean
	NavigationItem standardsMenuEntry() {
		return new NavigationItem(90, "standards.nav", "/standards", "standards.manage", "nav.group.system");
	}

}
