package cn.houqin.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.web.NavigationItem;

/**
 * The calendar's menu entry, shown to every signed-in user (editing needs
 * {@code calendar.manage}).
 */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationItem calendarMenuEntry() {
		return new NavigationItem(60, "calendar.nav", "/calendar", null, "nav.group.system");
	}

}
