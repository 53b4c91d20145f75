package cn.houqin.supplies.domain;

import java.time.LocalDate;

/**
 * The document a movement belongs to: a receipt, a requisition, a stocktake or another
 * module's document.
 */
record StockDocument(String type, Long id, String no, Long unitId, Long staffId, Long userId, LocalDate on) {

}
