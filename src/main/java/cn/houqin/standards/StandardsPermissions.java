package cn.houqin.standards;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;

/**
 * The standards module's permission codes. Reading standards and using the check needs
 * only a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class StandardsPermissions {

	static final String MANAGE = "standards.manage";

	@Bean
	Permissions standardsPermissionCodes() {
		return new Permissions("standards.module", List.of(MANAGE));
	}

}
