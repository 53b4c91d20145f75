package cn.houqin.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelExportTests {

	@Test
	void writesChineseHeadersAndEveryRowReadableBack() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExcelExport.write(out, "职工", List.of("工号", "姓名", "入职日期", "人数"), IntStream.range(0, 1000)
			.mapToObj(i -> Arrays.<Object>asList("E" + i, "张" + i, LocalDate.of(2024, 3, 1), i)));

		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheet("职工");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
			assertThat(sheet.getLastRowNum()).isEqualTo(1000);
			assertThat(sheet.getRow(1000).getCell(0).getStringCellValue()).isEqualTo("E999");
			assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(4.0);
		}
	}

	@Test
	void leavesNullCellsEmpty() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExcelExport.write(out, "s", List.of("a", "b"), java.util.stream.Stream.of(Arrays.asList(null, "x")));

		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0)).isNull();
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("x");
		}
	}

}
