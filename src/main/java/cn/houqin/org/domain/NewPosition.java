package cn.houqin.org.domain;

/**
 * Command: create or change a position.
 */
public record NewPosition(String code, String name, StaffCategory category) {

}
