package cn.houqin.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * One role's reach for its permissions: the scope type and, for chosen units, the units.
 */
public record ScopeGrant(ScopeType type, Set<Long> chosenUnitIds) implements Serializable {

	public ScopeGrant {
		chosenUnitIds = chosenUnitIds == null ? Set.of() : Set.copyOf(chosenUnitIds);
	}

	public static ScopeGrant of(ScopeType type) {
		return new ScopeGrant(type, Set.of());
	}

}
