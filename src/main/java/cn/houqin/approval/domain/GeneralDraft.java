package cn.houqin.approval.domain;

import java.math.BigDecimal;

/**
 * Command: the content of a general request.
 */
public record GeneralDraft(String title, BigDecimal amount, String reason, String category) {

}
