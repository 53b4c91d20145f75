package cn.houqin.org;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;

/**
 * The organisation module's permission codes.
 */
@Configuration(proxyBeanMethods = false)
class OrgPermissions {

	@Bean
	Permissions orgPermissionCodes() {
		return new Permissions("org.module", List.of("org.unit.view", "org.unit.manage", "org.staff.view",
				"org.staff.manage", "org.staff.move", "org.staff.import", "org.staff.export"));
	}

}
