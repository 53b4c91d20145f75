package cn.houqin.supplies.domain;

/**
 * A node of the category tree; {@code depth} 0 for the top level.
 */
public record CategoryView(long id, Long parentId, String code, String name, StockPolicy stockPolicy, int depth) {

}
