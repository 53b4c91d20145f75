package cn.houqin.supplies.domain;

import java.math.BigDecimal;

/**
 * One line of a supplies report: a label (unit, person, category, month or item) with the
 * quantity and the amount in 元.
 */
public record ReportRow(String label, BigDecimal quantity, BigDecimal amount) {

}
