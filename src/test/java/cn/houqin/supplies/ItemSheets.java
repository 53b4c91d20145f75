package cn.houqin.supplies;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.houqin.supplies.domain.ItemSheet;

/** Catalogue import files for tests. */
public final class ItemSheets {

	private ItemSheets() {
	}

	/**
	 * A file with the given header row; data row {@code i} (0-based) is Excel row i + 2.
	 */
	public static byte[] workbook(List<String> headers, String[]... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("目录");
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] != null) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A file with the template's columns. */
	public static byte[] catalogue(String[]... rows) throws Exception {
		return workbook(ItemSheet.COLUMNS, rows);
	}

	/** One row in the template's column order. */
	public static String[] row(String code, String category, String price, String policy, String min, String max) {
		return new String[] { code, "物品 " + code, category, "A4", "包", price, policy, min, max };
	}

}
