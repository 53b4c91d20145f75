package cn.houqin.document;

/**
 * Turns one sheet row into a value, reporting problems on the row
 * ({@link ExcelRow#reject}). A row with any problem is refused whatever the mapper
 * returns. One mapper instance reads one file, so it may remember earlier rows (e.g. to
 * find duplicates within the file).
 */
@FunctionalInterface
public interface RowMapper<T> {

	T map(ExcelRow row);

}
