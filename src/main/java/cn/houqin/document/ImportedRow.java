package cn.houqin.document;

/**
 * A row that passed every check, with its Excel row number.
 */
public record ImportedRow<T>(int rowNumber, T value) {

}
