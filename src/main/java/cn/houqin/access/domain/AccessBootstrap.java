package cn.houqin.access.domain;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.TenantSettings;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.ScopeType;

/**
 * First start without demo data: creates the tenant, its built-in roles and one
 * administrator whose random password is printed once.
 */
@Component
@Profile("!demo")
@Order(10)
class AccessBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);

	private final OrgApi org;

	private final RoleService roles;

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final TenantSettings tenant;

	AccessBootstrap(OrgApi org, RoleService roles, UserAccounts accounts, PasswordEncoder passwords,
			TenantSettings tenant) {
		this.org = org;
		this.roles = roles;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tenant = tenant;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		long tenantId = this.org.tenantIdByCode(this.tenant.code())
			.orElseGet(() -> this.org.createTenant(this.tenant.code(), this.tenant.name()));
		this.roles.createBuiltInRoles(tenantId);
		String password = Secrets.password(16);
		UserAccount admin = new UserAccount(tenantId, "admin", "系统管理员", this.passwords.encode(password), null, null);
		admin.update("系统管理员", null, null, true,
				List.of(new RoleAssignment(this.roles.idOf(tenantId, BuiltInRole.ADMIN), ScopeType.TENANT, Set.of())));
		admin.resetPassword(admin.getPasswordHash(), java.time.Instant.now());
		this.accounts.save(admin);
		log.warn("""

				================================================================
				 First start: created administrator "admin" with password
				   {}
				 It is shown only this once; it must be changed at first sign-in.
				================================================================""", password);
	}

}
