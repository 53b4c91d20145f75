package cn.houqin.calendar;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;

/**
 * The calendar module's permission code. Reading the calendar needs only sign-in.
 */
@Configuration(proxyBeanMethods = false)
class CalendarPermissions {

	/**
	 * Permission to change the tenant's calendar: years, holidays, make-up days, local
	 * days off.
	 */
	static final String MANAGE = "calendar.manage";

	@Bean
	Permissions calendarPermissionCodes() {
		return new Permissions("calendar.module", List.of(MANAGE));
	}

}
