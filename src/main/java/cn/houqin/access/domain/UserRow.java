package cn.houqin.access.domain;

import java.time.Instant;
import java.util.List;

/**
 * A user as lists and forms show it.
 */
public record UserRow(long id, long version, String username, String displayName, Long staffId, String staffEmployeeNo,
		String staffName, Long unitId, String unitName, boolean enabled, Instant lockedUntil, boolean locked,
		List<RoleAssignment> roles, List<String> roleNames) {

}
