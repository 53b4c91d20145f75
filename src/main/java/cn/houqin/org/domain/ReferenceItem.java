package cn.houqin.org.domain;

/**
 * A position or rank in a pick list.
 */
public record ReferenceItem(long id, String code, String name) {

}
