package cn.houqin.shared.security;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves the current user's data scope for a permission, per request, from the live org
 * tree (so a unit created a minute ago is inside its parent's scope at once).
 */
@Component
public class DataScopes {

	private final UnitHierarchy hierarchy;

	public DataScopes(UnitHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	/** The signed-in user; fails if there is none (every business request has one). */
	public static CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		throw new IllegalStateException("No signed-in user");
	}

	public DataScope forPermission(String permission) {
		return forPermission(currentUser(), permission);
	}

	public DataScope forPermission(CurrentUser user, String permission) {
		boolean tenantWide = false;
		Set<Long> anchors = new HashSet<>();
		Set<Long> exact = new HashSet<>();
		for (ScopeGrant grant : user.grantsFor(permission)) {
			switch (grant.type()) {
				case TENANT -> tenantWide = true;
				case UNIT -> addIfPresent(exact, user.unitId());
				case UNIT_AND_BELOW -> addIfPresent(anchors, user.unitId());
				case CHOSEN_UNITS -> anchors.addAll(grant.chosenUnitIds());
				case OWN -> {
				}
			}
		}
		if (tenantWide) {
			return new DataScope(user.tenantId(), true, Set.of(), user.staffId(), user.userId());
		}
		Set<Long> units = new HashSet<>(exact);
		if (!anchors.isEmpty()) {
			units.addAll(this.hierarchy.subtreesOf(user.tenantId(), anchors));
		}
		return new DataScope(user.tenantId(), false, units, user.staffId(), user.userId());
	}

	private static void addIfPresent(Set<Long> set, Long id) {
		if (id != null) {
			set.add(id);
		}
	}

}
