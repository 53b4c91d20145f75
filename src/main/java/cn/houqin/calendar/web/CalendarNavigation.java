package cn.houqin.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.web.NavigationItem;

/**
 * The calendar's menu entry, for those who maintain it; everyone else may still open
 * {@code /calendar}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationItem calendarMenuEntry() {
		return new NavigationItem(90, "calendar.nav", "/calendar", "calendar.manage", "nav.group.system");
	}

}
