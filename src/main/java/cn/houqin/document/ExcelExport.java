package cn.houqin.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of a list (headers, then one line per row) as .xlsx, streaming with
 * SXSSF so that only a window of rows is held in memory, however long the list.
 */
public final class ExcelExport {

	/** The MIME type of an .xlsx file. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int WINDOW = 200;

	private ExcelExport() {
	}

	/**
	 * Writes the sheet to {@code out}. Cells of type {@link LocalDate} get a date format,
	 * numbers stay numbers, everything else is written as text.
	 */
	public static void write(OutputStream out, String sheetName, List<String> headers, Stream<? extends List<?>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			Sheet sheet = workbook.createSheet(sheetName);
			Styles styles = new Styles(workbook);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(styles.header);
				sheet.setColumnWidth(i, 16 * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			rows.forEach(values -> fill(sheet.createRow(next[0]++), values, styles));
			workbook.write(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(Row row, List<?> values, Styles styles) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(styles.date);
			}
			else if (value instanceof BigDecimal decimal) {
				cell.setCellValue(decimal.doubleValue());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
				cell.setCellStyle(styles.text);
			}
		}
	}

	private static final class Styles {

		private final CellStyle header;

		private final CellStyle date;

		private final CellStyle text;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			this.text = workbook.createCellStyle();
			this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		}

	}

}
