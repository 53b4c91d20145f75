package cn.houqin.org.domain;

/**
 * A position (岗位) or rank (职级) as pick lists show it.
 */
public record Reference(long id, String code, String name) {

}
