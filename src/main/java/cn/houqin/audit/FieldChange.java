package cn.houqin.audit;

/**
 * One changed field of an audited record. Masked fields show {@code ***}; a value absent
 * before a create or after a delete is {@code null}.
 */
public record FieldChange(String field, String before, String after) {

}
