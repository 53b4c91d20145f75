package cn.houqin.approval.domain;

/**
 * A user one may delegate to.
 */
public record PersonChoice(long userId, String name, String unitName) {

}
