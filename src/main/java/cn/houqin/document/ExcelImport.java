package cn.houqin.document;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an .xlsx file, row by row, through a {@link RowMapper}: the
 * dry run of every import. The first row holds the column headers; blank rows are
 * skipped. Nothing is written here: the caller decides what to do with the preview.
 */
public final class ExcelImport {

	/** Rows beyond this are refused, to keep one import one reasonable transaction. */
	public static final int MAX_ROWS = 20_000;

	private ExcelImport() {
	}

	public static <T> ImportPreview<T> read(InputStream in, List<String> requiredColumns, RowMapper<T> mapper) {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			return read(workbook.getSheetAt(0), requiredColumns, mapper,
					workbook.getCreationHelper().createFormulaEvaluator());
		}
		catch (Exception ex) {
			return fileError("document.import.error.unreadable");
		}
	}

	/**
	 * How many rows follow the header of the first sheet (blank ones included), without
	 * reading them: enough to decide whether an import runs in the background. An
	 * unreadable file counts 0.
	 */
	public static int dataRows(InputStream in) {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			return Math.max(0, sheet.getLastRowNum() - sheet.getFirstRowNum());
		}
		catch (Exception ex) {
			return 0;
		}
	}

	private static <T> ImportPreview<T> read(Sheet sheet, List<String> requiredColumns, RowMapper<T> mapper,
			FormulaEvaluator evaluator) {
		DataFormatter formatter = new DataFormatter();
		Map<String, Integer> columns = headers(sheet.getRow(sheet.getFirstRowNum()), formatter);
		List<ImportError> errors = new ArrayList<>();
		for (String column : requiredColumns) {
			if (!columns.containsKey(column)) {
				errors.add(new ImportError(1, column, "document.import.error.missingColumn", List.of(column)));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportPreview<>(List.of(), errors, 0);
		}
		if (sheet.getLastRowNum() > MAX_ROWS) {
			return fileError("document.import.error.tooManyRows", MAX_ROWS);
		}
		List<ImportedRow<T>> valid = new ArrayList<>();
		int invalid = 0;
		for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
			Row poiRow = sheet.getRow(i);
			if (poiRow == null) {
				continue;
			}
			ExcelRow row = new ExcelRow(poiRow, columns, formatter, evaluator);
			if (row.isBlank()) {
				continue;
			}
			T value = mapper.map(row);
			if (row.hasErrors() || value == null) {
				invalid++;
				errors.addAll(row.errors());
			}
			else {
				valid.add(new ImportedRow<>(row.number(), value));
			}
		}
		if (valid.isEmpty() && invalid == 0) {
			return fileError("document.import.error.empty");
		}
		return new ImportPreview<>(valid, errors, invalid);
	}

	private static Map<String, Integer> headers(Row row, DataFormatter formatter) {
		Map<String, Integer> columns = new HashMap<>();
		if (row == null) {
			return columns;
		}
		for (Cell cell : row) {
			String header = formatter.formatCellValue(cell).replace("*", "").strip();
			if (!header.isEmpty()) {
				columns.putIfAbsent(header, cell.getColumnIndex());
			}
		}
		return columns;
	}

	private static <T> ImportPreview<T> fileError(String messageKey, Object... arguments) {
		return new ImportPreview<>(List.of(), List.of(new ImportError(0, null, messageKey, List.of(arguments))), 0);
	}

}
