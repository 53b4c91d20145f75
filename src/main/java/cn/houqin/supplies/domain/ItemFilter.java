package cn.houqin.supplies.domain;

/**
 * Criteria of the catalogue list.
 *
 * @param query part of the code or name, or {@code null}
 * @param categoryId a category (with its sub-categories), or {@code null}
 * @param stockPolicy one policy, or {@code null}
 * @param lowOnly only stocked items at or below their minimum level
 */
public record ItemFilter(String query, Long categoryId, StockPolicy stockPolicy, boolean lowOnly) {

}
