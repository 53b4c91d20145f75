package cn.houqin.conduct;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reports by unit, offence and month export as workbooks (read back here) and print
 * as one PDF.
 */
@ConductIntegrationTest
@Transactional
class ReportExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	CurrentUser office;

	long nurse;

	long keeper;

	@BeforeEach
	void setUp() {
		ConductFixtures fixtures = new ConductFixtures(this.users, this.org);
		this.office = fixtures.user("demo-conduct-office");
		this.nurse = fixtures.staffId("H0010");
		this.keeper = fixtures.staffId("H0005");
	}

	@Test
	void eachReportsWorkbookAddsTheNewRecords() throws Exception {
		Map<String, int[]> units = workbook("unit");
		Map<String, int[]> offences = workbook("offence");
		Map<String, int[]> months = workbook("month");
		create("A11-1", this.nurse, 1);
		create("A9-2", this.keeper, 4);
		String nurseUnit = this.org.staff(tenant(), this.nurse).orElseThrow().unitName();
		assertThat(delta(units, workbook("unit"), nurseUnit)).containsExactly(1, 1);
		String a92 = workbook("offence").keySet().stream().filter(k -> k.startsWith("A9-2 ")).findFirst().orElseThrow();
		assertThat(delta(offences, workbook("offence"), a92)).containsExactly(1, 4);
		assertThat(delta(months, workbook("month"), "2026-11")).containsExactly(2, 5);
		assertThat(workbook("month")).hasSize(12);
	}

	@Test
	void theReportsPrintAsOnePdf() throws Exception {
		create("A9-2", this.keeper, 4);
		byte[] pdf = this.mvc.perform(get("/conduct/reports/pdf").with(user(this.office)).param("year", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("2026-11").contains("A9-2");
		}
	}

	@Test
	void anUnknownReportAnswers404AndStaffCannotExport() throws Exception {
		this.mvc.perform(get("/conduct/reports/xlsx").with(user(this.office)).param("by", "person"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/conduct/reports/xlsx").with(user(this.users.loadUserByUsername("demo-staff")))
				.param("by", "unit"))
			.andExpect(status().isForbidden());
	}

	private static int[] delta(Map<String, int[]> before, Map<String, int[]> after, String key) {
		int[] was = before.getOrDefault(key, new int[2]);
		int[] now = after.get(key);
		assertThat(now).as("row %s", key).isNotNull();
		return new int[] { now[0] - was[0], now[1] - was[1] };
	}

	private Map<String, int[]> workbook(String by) throws Exception {
		var response = this.mvc
			.perform(get("/conduct/reports/xlsx").with(user(this.office)).param("year", "2026").param("by", by))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo(ExcelExport.CONTENT_TYPE);
		Map<String, int[]> rows = new LinkedHashMap<>();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				rows.put(row.getCell(0).getStringCellValue(), new int[] { (int) row.getCell(1).getNumericCellValue(),
						(int) row.getCell(2).getNumericCellValue() });
			}
		}
		return rows;
	}

	private void create(String offence, long staffId, int points) throws Exception {
		this.mvc
			.perform(post("/api/v1/conduct/records").with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ConductFixtures.record(offence, "2026-11-02", staffId, points)))
			.andExpect(status().isCreated());
	}

	private long tenant() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

}
