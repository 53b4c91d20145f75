package cn.houqin.shared.security;

import java.util.Collection;
import java.util.Set;

/**
 * Resolves org units to their subtrees; implemented by the org module so that data scopes
 * can be resolved without the shared kernel knowing the org model.
 */
public interface UnitHierarchy {

	/** The given units and every unit below them, within the tenant. */
	Set<Long> subtreesOf(long tenantId, Collection<Long> unitIds);

}
