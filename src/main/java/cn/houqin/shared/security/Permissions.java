package cn.houqin.shared.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's permission codes, declared as a bean so that role pages can offer them.
 * Labels are the message keys {@code perm.<code>}. A module may also say which of its
 * codes the built-in roles (by role code, e.g. {@code dept-head}) hold by default; those
 * are granted to every tenant's built-in roles once, when the module first arrives.
 *
 * @param module message key of the module's name
 * @param codes permission codes such as {@code org.staff.view}
 * @param roleDefaults built-in role code to the codes it holds by default
 */
public record Permissions(String module, List<String> codes, Map<String, Set<String>> roleDefaults) {

	public Permissions {
		codes = List.copyOf(codes);
		roleDefaults = Map.copyOf(roleDefaults);
		for (Set<String> granted : roleDefaults.values()) {
			if (!codes.containsAll(granted)) {
				throw new IllegalArgumentException("Role defaults of " + module + " name codes it does not declare");
			}
		}
	}

	public Permissions(String module, List<String> codes) {
		this(module, codes, Map.of());
	}

	/** The codes of this module a built-in role holds by default. */
	public Set<String> defaultsFor(String roleCode) {
		return this.roleDefaults.getOrDefault(roleCode, Set.of());
	}

}
