package cn.houqin.access.domain;

import java.util.List;

/**
 * Command: create or update a user account. The password is only used on create.
 */
public record NewUser(String username, String displayName, String password, Long staffId, boolean enabled,
		List<RoleAssignment> roles) {

}
