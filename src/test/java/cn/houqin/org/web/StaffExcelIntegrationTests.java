package cn.houqin.org.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.houqin.document.ImportPreview;
import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.OrgIntegrationTest;
import cn.houqin.org.domain.StaffSheet;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@OrgIntegrationTest
class StaffExcelIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgApi orgApi;

	OrgFixtures fixtures;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new OrgFixtures(this.orgApi);
		this.admin = this.fixtures.admin();
	}

	@Test
	void exportOfTheFilterHasChineseHeadersEveryMatchingRowAndMaskedIdCards() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/org/staff/export").param("unitId", String.valueOf(this.fixtures.unitId("HOSP")))
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(cn.houqin.document.ExcelExport.CONTENT_TYPE))
			.andReturn();
		String json = this.mvc
			.perform(get("/api/v1/org/staff").param("unitId", String.valueOf(this.fixtures.unitId("HOSP")))
				.param("size", "1")
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int total = Integer.parseInt(json.replaceAll(".*\"total\":(\\d+).*", "$1"));

		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheet(StaffSheet.SHEET_NAME);
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).isEqualTo(StaffSheet.EXPORT_COLUMNS);
			assertThat(sheet.getLastRowNum()).isEqualTo(total);
			for (int i = 1; i <= total; i++) {
				assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).matches("\\d{3}\\*{11}[\\dX]{4}");
			}
		}
	}

	@Test
	void exportNeedsTheExportPermission() throws Exception {
		this.mvc.perform(get("/org/staff/export").with(user(this.fixtures.hospitalUser("org.staff.view"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void templateHasTheImportColumnsAndAnExampleRow() throws Exception {
		byte[] bytes = this.mvc.perform(get("/org/staff/import/template").with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(StaffSheet.EMPLOYEE_NO);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("试导入列出每一个有误的行号和原因，且不写入任何数据")
	void dryRunReportsRowNumbersAndReasonsAndWritesNothing() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = upload(session).andExpect(status().isOk()).andReturn();

		ImportPreview<?> preview = (ImportPreview<?>) result.getModelAndView().getModel().get("preview");
		assertThat(preview.validCount()).isEqualTo(2);
		assertThat(preview.invalidRows()).isEqualTo(8);
		assertThat(preview.errors()).extracting(e -> e.rowNumber() + ":" + e.column() + ":" + e.messageKey())
			.containsExactlyInAnyOrder("3:姓名:document.import.error.required", "4:身份证号:org.staff.error.idCard",
					"5:单位编码:org.import.error.unitCode", "6:岗位:org.import.error.position",
					"7:工号:org.import.error.employeeNoInFile", "8:工号:org.staff.error.employeeNoTaken",
					"9:入职日期:document.import.error.date", "10:性别:org.import.error.choice");
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("与第 2 行重复", "机构编码“NOPE”不存在", "岗位“宇航员”不存在", "id=\"import-valid\"")
			.doesNotContain("id=\"import-all\"");
		assertThat(this.fixtures.staffExists("I0001")).isFalse();
	}

	@Test
	void importingAllRowsIsRefusedWhileAnyRowIsBad() throws Exception {
		MockHttpSession session = new MockHttpSession();
		upload(session);

		this.mvc
			.perform(post("/org/staff/import/confirm").param("mode", "all")
				.session(session)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-error\"")))
			.andExpect(content().string(containsString("不能全部导入")));
		assertThat(this.fixtures.staffExists("I0001")).isFalse();
	}

	@Test
	void importingTheValidRowsWritesOnlyThem() throws Exception {
		MockHttpSession session = new MockHttpSession();
		upload(session);

		this.mvc
			.perform(post("/org/staff/import/confirm").param("mode", "valid")
				.session(session)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/org/staff"))
			.andExpect(flash().attribute("flashSuccess", "org.import.done"));

		assertThat(this.fixtures.staffExists("I0001")).isTrue();
		assertThat(this.fixtures.staffExists("I0010")).isTrue();
		assertThat(this.fixtures.staff("I0001").unitName()).isEqualTo("总务科");
		assertThat(List.of("I0002", "I0003", "I0004", "I0005", "I0008", "I0009")).noneMatch(this.fixtures::staffExists);
	}

	@Test
	void confirmWithoutAnUploadAsksToUploadAgain() throws Exception {
		this.mvc.perform(post("/org/staff/import/confirm").param("mode", "valid").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/org/staff/import"))
			.andExpect(flash().attribute("flashError", "org.import.error.expired"));
	}

	private org.springframework.test.web.servlet.ResultActions upload(MockHttpSession session) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "职工.xlsx", cn.houqin.document.ExcelExport.CONTENT_TYPE,
				sheet());
		return this.mvc
			.perform(multipart("/org/staff/import").file(file).session(session).with(user(this.admin)).with(csrf()));
	}

	/** Two valid rows (2 and 11) and one bad row for each reason. */
	private static byte[] sheet() throws IOException {
		Object[][] rows = { //
				{ "I0001", "导入甲", "男", OrgFixtures.idCard(21), "13800000021", "HOSP-ZWK", "后勤管理员", "科员及以下", "后勤", "编制内",
						"2024-03-01" },
				{ "I0002", "", "男", "", "", "HOSP-ZWK", "", "", "后勤", "编制内", "" },
				{ "I0003", "导入丙", "女", OrgFixtures.badIdCard(23), "", "HOSP-ZWK", "", "", "后勤", "编制内", "" },
				{ "I0004", "导入丁", "女", "", "", "NOPE", "", "", "后勤", "编制内", "" },
				{ "I0005", "导入戊", "女", "", "", "HOSP-ZWK", "宇航员", "", "后勤", "编制内", "" },
				{ "I0001", "导入己", "男", "", "", "HOSP-ZWK", "", "", "后勤", "编制内", "" },
				{ "H0001", "导入庚", "男", "", "", "HOSP-ZWK", "", "", "后勤", "编制内", "" },
				{ "I0008", "导入辛", "男", "", "", "HOSP-ZWK", "", "", "后勤", "编制内", "2024-13-45" },
				{ "I0009", "导入壬", "未知", "", "", "HOSP-ZWK", "", "", "后勤", "编制内", "" },
				{ "I0010", "导入癸", "女", OrgFixtures.idCard(30), "", "HOSP-NK", "护士", "", "专业技术", "合同制", "2023/9/1" } };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int c = 0; c < StaffSheet.IMPORT_COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(StaffSheet.IMPORT_COLUMNS.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
				}
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

}
