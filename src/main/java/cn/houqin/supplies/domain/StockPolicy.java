package cn.houqin.supplies.domain;

/**
 * How an item is supplied (篇8 第四条): kept in stock in moderate amounts (适量库存) or bought
 * for each request (随用随买).
 */
public enum StockPolicy {

	STOCKED, ON_DEMAND

}
