package cn.houqin.org.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.domain.NewUnit;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.StaffSheet;
import cn.houqin.org.domain.UnitType;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff files above the background threshold: the import runs as a job that commits, so
 * these tests use employee numbers of their own and are not rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StaffImportJobIntegrationTests {

	private static final int ROWS = StaffImportController.BACKGROUND_ROWS + 20;

	/**
	 * A unit of these tests' own, so that the rows they commit change no other test's
	 * counts.
	 */
	private static final String UNIT = "SCH-ZJOB";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgApi orgApi;

	@Autowired
	OrgUnitService units;

	OrgFixtures fixtures;

	CurrentUser admin;

	String prefix;

	@BeforeEach
	void setUp() {
		this.fixtures = new OrgFixtures(this.orgApi);
		this.admin = this.fixtures.admin();
		this.prefix = "Z" + Long.toString(System.nanoTime(), 36);
		if (this.orgApi.unitByCode(this.fixtures.tenantId(), UNIT).isEmpty()) {
			DataScope tenant = new DataScope(this.fixtures.tenantId(), true, Set.of(), null, this.admin.userId());
			this.units.create(tenant, new NewUnit(this.fixtures.unitId("SCH"), UNIT, "后台导入组", UnitType.TEAM, 99));
		}
	}

	@Test
	void aLargeFileIsImportedInTheBackgroundWithAProgressBar() throws Exception {
		MockHttpSession session = new MockHttpSession();
		upload(session, employeeNos(ROWS));

		String location = confirm(session, "all");
		this.mvc.perform(get(location).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-job\"")));
		String result = awaitResult(jobId(location));

		assertThat(result).contains("data-state=\"DONE\"", "导入完成：已导入 " + ROWS + " 行", "href=\"/org/staff\"");
		assertThat(this.fixtures.staffExists(this.prefix + "-1")).isTrue();
		assertThat(this.fixtures.staff(this.prefix + "-" + ROWS).unitName()).isEqualTo("后台导入组");
	}

	@Test
	@DisplayName("后台“全部导入”时若复核发现有误的行：任务失败并说明原因，不写入任何一行")
	void aBackgroundImportOfAllRowsFailsWithTheReasonWhenARowTurnedBad() throws Exception {
		MockHttpSession session = new MockHttpSession();
		List<String> employeeNos = employeeNos(ROWS);
		upload(session, employeeNos);
		MockHttpSession other = new MockHttpSession();
		upload(other, List.of(employeeNos.get(99)));
		this.mvc
			.perform(post("/org/staff/import/confirm").param("mode", "all")
				.session(other)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/org/staff"));

		String result = awaitResult(jobId(confirm(session, "all")));

		assertThat(result).contains("data-state=\"FAILED\"", "导入失败，未写入任何数据", "文件中有 1 行有误，不能全部导入");
		assertThat(this.fixtures.staffExists(employeeNos.get(0))).isFalse();
		assertThat(this.fixtures.staffExists(employeeNos.get(ROWS - 1))).isFalse();
	}

	private String confirm(MockHttpSession session, String mode) throws Exception {
		return this.mvc
			.perform(post("/org/staff/import/confirm").param("mode", mode)
				.session(session)
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/org/staff/import?job=*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String awaitResult(long jobId) throws Exception {
		long deadline = System.nanoTime() + 120_000_000_000L;
		String fragment;
		do {
			Thread.sleep(200);
			fragment = this.mvc.perform(get("/document/import-jobs/{id}", jobId).with(user(this.admin)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		while (fragment.contains("hx-trigger") && System.nanoTime() < deadline);
		return fragment;
	}

	private static long jobId(String location) {
		return Long.parseLong(location.substring(location.indexOf("job=") + 4));
	}

	private List<String> employeeNos(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> this.prefix + "-" + i).toList();
	}

	private void upload(MockHttpSession session, List<String> employeeNos) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "职工.xlsx", ExcelExport.CONTENT_TYPE, sheet(employeeNos));
		this.mvc.perform(multipart("/org/staff/import").file(file).session(session).with(user(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-all\"")));
	}

	private static byte[] sheet(List<String> employeeNos) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int c = 0; c < StaffSheet.IMPORT_COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(StaffSheet.IMPORT_COLUMNS.get(c));
			}
			for (int r = 0; r < employeeNos.size(); r++) {
				List<String> values = List.of(employeeNos.get(r), "后台导入" + (r + 1), "女", "", "", UNIT, "", "", "后勤",
						"合同制", "2024-03-01");
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

}
