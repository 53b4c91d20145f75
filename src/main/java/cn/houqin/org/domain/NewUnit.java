package cn.houqin.org.domain;

/**
 * Command: create or rename an org unit.
 */
public record NewUnit(Long parentId, String code, String name, UnitType type, int sortOrder) {

}
