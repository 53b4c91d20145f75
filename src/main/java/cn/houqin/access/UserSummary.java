package cn.houqin.access;

/**
 * What other modules may know of a user account.
 */
public record UserSummary(long id, long tenantId, String username, String displayName, Long staffId, Long unitId,
		boolean enabled) {

}
