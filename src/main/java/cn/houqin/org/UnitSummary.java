package cn.houqin.org;

/**
 * What other modules may know of an org unit.
 */
public record UnitSummary(long id, long tenantId, Long parentId, String code, String name, String type,
		boolean active) {

}
