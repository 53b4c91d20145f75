package cn.houqin.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelImportTests {

	record Person(String name, LocalDate born) {
	}

	private static final RowMapper<Person> PEOPLE = row -> new Person(row.required("姓名"), row.date("出生日期"));

	@Test
	void reportsEachBadRowWithItsExcelRowNumberAndColumn() throws IOException {
		byte[] file = sheet(new Object[][] { { "姓名", "出生日期" }, { "张三", "1990-01-02" }, { "", "1990-01-02" },
				{ "李四", "1990-13-40" }, { "王五", "1991/2/3" } });

		ImportPreview<Person> preview = ExcelImport.read(new ByteArrayInputStream(file), List.of("姓名"), PEOPLE);

		assertThat(preview.validRows()).extracting(ImportedRow::rowNumber).containsExactly(2, 5);
		assertThat(preview.values()).extracting(Person::born)
			.containsExactly(LocalDate.of(1990, 1, 2), LocalDate.of(1991, 2, 3));
		assertThat(preview.invalidRows()).isEqualTo(2);
		assertThat(preview.errors()).extracting(ImportError::rowNumber, ImportError::column, ImportError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "姓名", "document.import.error.required"),
					org.assertj.core.groups.Tuple.tuple(4, "出生日期", "document.import.error.date"));
	}

	@Test
	void readsExcelDateCellsAndSkipsBlankRows() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("姓名");
			sheet.getRow(0).createCell(1).setCellValue("出生日期");
			sheet.createRow(1);
			Row row = sheet.createRow(3);
			row.createCell(0).setCellValue("赵六");
			row.createCell(1).setCellValue(LocalDate.of(1988, 8, 8));
			row.getCell(1).setCellStyle(workbook.createCellStyle());
			row.getCell(1).getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			workbook.write(out);
		}

		ImportPreview<Person> preview = ExcelImport.read(new ByteArrayInputStream(out.toByteArray()), List.of("姓名"),
				PEOPLE);

		assertThat(preview.hasErrors()).isFalse();
		assertThat(preview.validRows()).singleElement()
			.satisfies(r -> assertThat(r.rowNumber()).isEqualTo(4))
			.satisfies(r -> assertThat(r.value().born()).isEqualTo(LocalDate.of(1988, 8, 8)));
	}

	@Test
	void refusesFileWithoutRequiredColumn() throws IOException {
		byte[] file = sheet(new Object[][] { { "名字" }, { "张三" } });

		ImportPreview<Person> preview = ExcelImport.read(new ByteArrayInputStream(file), List.of("姓名"), PEOPLE);

		assertThat(preview.validCount()).isZero();
		assertThat(preview.errors()).singleElement()
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("document.import.error.missingColumn"))
			.satisfies(e -> assertThat(e.arguments()).containsExactly("姓名"));
	}

	@Test
	void reportsUnreadableFileInsteadOfFailing() {
		ImportPreview<Person> preview = ExcelImport.read(new ByteArrayInputStream("not excel".getBytes()),
				List.of("姓名"), PEOPLE);

		assertThat(preview.errors()).singleElement()
			.satisfies(e -> assertThat(e.rowNumber()).isZero())
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("document.import.error.unreadable"));
	}

	@Test
	void reportsFileWithoutDataRows() throws IOException {
		byte[] file = sheet(new Object[][] { { "姓名" } });

		assertThat(ExcelImport.read(new ByteArrayInputStream(file), List.of("姓名"), PEOPLE).errors())
			.extracting(ImportError::messageKey)
			.containsExactly("document.import.error.empty");
	}

	static byte[] sheet(Object[][] cells) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < cells.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(String.valueOf(cells[r][c]));
				}
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

}
