package cn.houqin.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;

/**
 * One data row of an imported sheet, read by column header, collecting the reasons it is
 * refused.
 */
public final class ExcelRow {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Row row;

	private final Map<String, Integer> columns;

	private final DataFormatter formatter;

	private final FormulaEvaluator evaluator;

	private final List<ImportError> errors = new ArrayList<>();

	ExcelRow(Row row, Map<String, Integer> columns, DataFormatter formatter, FormulaEvaluator evaluator) {
		this.row = row;
		this.columns = columns;
		this.formatter = formatter;
		this.evaluator = evaluator;
	}

	/** The row number as Excel shows it (the header is row 1). */
	public int number() {
		return this.row.getRowNum() + 1;
	}

	/** The trimmed text of a column, or {@code null} when blank or absent. */
	public String text(String column) {
		Cell cell = cell(column);
		if (cell == null) {
			return null;
		}
		String text = this.formatter.formatCellValue(cell, this.evaluator).strip();
		return text.isEmpty() ? null : text;
	}

	/** The text of a column that must be filled in; a blank one refuses the row. */
	public String required(String column) {
		String text = text(column);
		if (text == null) {
			reject(column, "document.import.error.required");
		}
		return text;
	}

	/** Text of at most {@code max} characters; longer refuses the row. */
	public String text(String column, int max) {
		String text = text(column);
		if (text != null && text.length() > max) {
			reject(column, "document.import.error.tooLong", max);
		}
		return text;
	}

	/**
	 * A date: an Excel date cell, or text such as {@code 2024-03-01}, {@code 2024/3/1} or
	 * {@code 2024.3.1}. Anything else refuses the row.
	 */
	public LocalDate date(String column) {
		Cell cell = cell(column);
		if (cell != null && cell.getCellType() == CellType.NUMERIC
				&& DateUtil.isValidExcelDate(cell.getNumericCellValue()) && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = text(column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.replace('/', '-').replace('.', '-'), DATE);
		}
		catch (DateTimeParseException ex) {
			reject(column, "document.import.error.date", text);
			return null;
		}
	}

	/** Refuses the row for a reason concerning a column (or the whole row). */
	public void reject(String column, String messageKey, Object... arguments) {
		this.errors.add(new ImportError(number(), column, messageKey, List.of(arguments)));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	List<ImportError> errors() {
		return this.errors;
	}

	boolean isBlank() {
		for (Cell cell : this.row) {
			if (!this.formatter.formatCellValue(cell, this.evaluator).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private Cell cell(String column) {
		Integer index = this.columns.get(column);
		return index == null ? null : this.row.getCell(index);
	}

}
