package cn.houqin.access.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.security.Permissions;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Roles of a tenant and their permissions; the known permission codes come from every
 * module's {@link Permissions} bean.
 */
@Service
@Transactional
public class RoleService {

	private final Roles roles;

	private final List<Permissions> catalogue;

	RoleService(Roles roles, List<Permissions> catalogue) {
		this.roles = roles;
		this.catalogue = catalogue;
	}

	@Transactional(readOnly = true)
	public List<RoleView> list(long tenantId) {
		return this.roles.findByTenantIdOrderByCode(tenantId).stream().map(RoleView::of).toList();
	}

	@Transactional(readOnly = true)
	public RoleView view(long tenantId, long id) {
		return RoleView.of(get(tenantId, id));
	}

	private Role get(long tenantId, long id) {
		return this.roles.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFoundException("Role", id));
	}

	public List<Permissions> catalogue() {
		return this.catalogue;
	}

	public RoleView create(long tenantId, String code, String name, Set<String> permissions) {
		if (this.roles.findByTenantIdAndCode(tenantId, code.trim()).isPresent()) {
			throw new BusinessRuleException("code", "access.role.error.codeTaken", code);
		}
		return RoleView.of(this.roles.save(new Role(tenantId, code.trim(), name.trim(), false, known(permissions))));
	}

	public RoleView update(long tenantId, long id, long version, String name, Set<String> permissions) {
		Role role = get(tenantId, id);
		role.checkVersion(version);
		role.rename(name.trim());
		role.grantOnly(known(permissions));
		return RoleView.of(this.roles.save(role));
	}

	/**
	 * Creates the built-in roles of a tenant, or grants them defaults added since they
	 * were created.
	 */
	public void createBuiltInRoles(long tenantId) {
		for (BuiltInRole builtIn : BuiltInRole.values()) {
			Set<String> defaults = defaultsOf(builtIn);
			this.roles.findByTenantIdAndCode(tenantId, builtIn.code()).ifPresentOrElse(role -> {
				if (role.isBuiltIn() && role.offerDefaults(defaults)) {
					this.roles.save(role);
				}
			}, () -> this.roles.save(new Role(tenantId, builtIn.code(), builtIn.defaultName(), true, defaults)));
		}
	}

	/** The enum's own defaults plus those every module declares for the role. */
	Set<String> defaultsOf(BuiltInRole builtIn) {
		Set<String> defaults = new TreeSet<>(builtIn.permissions());
		this.catalogue.forEach(p -> defaults.addAll(p.defaultsFor(builtIn.code())));
		return defaults;
	}

	@Transactional(readOnly = true)
	public long idOf(long tenantId, BuiltInRole builtIn) {
		return this.roles.findByTenantIdAndCode(tenantId, builtIn.code())
			.orElseThrow(() -> new NotFoundException("Role", builtIn.code()))
			.getId();
	}

	private Set<String> known(Set<String> permissions) {
		Set<String> all = new TreeSet<>();
		this.catalogue.forEach(p -> all.addAll(p.codes()));
		for (String permission : permissions) {
			if (!all.contains(permission)) {
				throw new BusinessRuleException("permissions", "access.role.error.unknownPermission", permission);
			}
		}
		return permissions;
	}

}
