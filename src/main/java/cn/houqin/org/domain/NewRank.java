package cn.houqin.org.domain;

/**
 * Command: create or change a rank.
 */
public record NewRank(String code, String name, int sortOrder) {

}
