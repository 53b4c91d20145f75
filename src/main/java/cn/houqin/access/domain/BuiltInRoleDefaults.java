package cn.houqin.access.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start, grants the built-in roles of every tenant the default permissions that
 * a newer release added (a module that arrived since), once.
 */
@Component
@Order(30)
class BuiltInRoleDefaults implements ApplicationRunner {

	private final Roles roles;

	private final RoleService service;

	BuiltInRoleDefaults(Roles roles, RoleService service) {
		this.roles = roles;
		this.service = service;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.roles.tenantsWithBuiltInRoles().forEach(this.service::createBuiltInRoles);
	}

}
