package cn.houqin.repairs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.NewReport;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics: SLA compliance, times, satisfaction, cost and recurring faults by
 * location each as a chart on the page, an Excel sheet and a part of the PDF.
 */
@RepairsIntegrationTest
@Transactional
class RepairStatisticsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	WorkOrderService service;

	CurrentUser head;

	CurrentUser technician;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.head = fixtures.user("demo-logistics-head");
		this.technician = fixtures.user("demo-technician");
		CurrentUser staff = fixtures.user("demo-staff");
		CurrentUser dispatcher = fixtures.user("demo-logistics");
		WorkOrderView order = this.service.report(staff,
				new NewReport("内科示教室", null, Category.HVAC, "空调外机异响", false, false), List.of());
		// an outside contractor below the approval limit: 1,234.50 元 for 内科
		this.service.engageContractor(dispatcher, order.id(), order.version(), "县制冷设备维修部", new BigDecimal("1234.50"));
		// one and a half hours of labour at the default 80 元 an hour in 统计楼
		WorkOrderView heating = this.service.report(staff,
				new NewReport("统计楼 3 层东侧", null, Category.HVAC, "暖气片漏水", false, false), List.of());
		WorkOrderView assigned = this.service.assign(dispatcher, heating.id(), heating.version(),
				this.technician.userId());
		this.service.complete(this.technician, assigned.id(), assigned.version(), new BigDecimal("1.5"), "更换阀门");
	}

	private byte[] download(String url) throws Exception {
		return this.mvc.perform(get(url).with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith(url.contains("/pdf") ? "application/pdf" : ExcelExport.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<List<String>> sheet(byte[] file) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					cells.add(format.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	@DisplayName("the page has a chart for SLA compliance, times, satisfaction, cost and recurring faults")
	void everySectionHasAChart() throws Exception {
		this.mvc.perform(get("/repairs/reports").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"progress-bar\"")))
			.andExpect(content().string(containsString("id=\"sla-team\"")))
			.andExpect(content().string(containsString("id=\"times-bars\"")))
			.andExpect(content().string(containsString("id=\"rating-bars\"")))
			.andExpect(content().string(containsString("id=\"cost-bars\"")))
			.andExpect(content().string(containsString("1,234.50")))
			.andExpect(content().string(containsString("id=\"recurring-bars\"")))
			.andExpect(content().string(containsString("id=\"export-cost\"")))
			.andExpect(content().string(containsString("id=\"building-bars\"")))
			.andExpect(content().string(containsString("id=\"export-building\"")))
			.andExpect(content().string(containsString("统计楼")))
			.andExpect(content().string(containsString("id=\"export-recurring\"")));
	}

	@Test
	@DisplayName("the SLA sheet has compliance and times by urgency, category, technician and team")
	void slaSheet() throws Exception {
		List<List<String>> rows = sheet(download("/repairs/reports/export?section=sla"));
		assertThat(rows.get(0)).contains("按时响应", "按时修复", "平均修复（小时）");
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("紧急"));
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("暖通"));
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(this.technician.displayName()));
		// the technician's 维修班 is the team of the demo jobs they hold
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(team()));
	}

	private String team() {
		return this.org.unit(this.technician.tenantId(), this.technician.unitId()).orElseThrow().name();
	}

	@Test
	@DisplayName("the satisfaction, cost and recurring sheets carry their figures")
	void otherSheets() throws Exception {
		List<List<String>> ratings = sheet(download("/repairs/reports/export?section=satisfaction"));
		assertThat(ratings).hasSize(6);
		assertThat(Integer.parseInt(ratings.get(5).get(1))).isGreaterThanOrEqualTo(1);

		List<List<String>> cost = sheet(download("/repairs/reports/export?section=cost"));
		assertThat(cost.get(0)).containsExactly("单位", "工单数", "材料费（元）", "人工费（元）", "外包费（元）", "工时", "费用");
		assertThat(cost).anySatisfy(r -> {
			assertThat(r.get(0)).isEqualTo("内科");
			assertThat(new BigDecimal(r.get(3).replace(",", ""))).isGreaterThanOrEqualTo(new BigDecimal("120.00"));
			assertThat(new BigDecimal(r.get(4).replace(",", ""))).isGreaterThanOrEqualTo(new BigDecimal("1234.50"));
		});

		List<List<String>> building = sheet(download("/repairs/reports/export?section=building"));
		assertThat(building.get(0).get(0)).isEqualTo("楼宇");
		assertThat(building).anySatisfy(r -> {
			assertThat(r.get(0)).isEqualTo("统计楼");
			assertThat(r.get(1)).isEqualTo("1");
			assertThat(new BigDecimal(r.get(3).replace(",", ""))).isEqualByComparingTo("120.00");
			assertThat(new BigDecimal(r.get(6).replace(",", ""))).isEqualByComparingTo("120.00");
		});
		assertThat(building).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("内科示教室"));

		List<List<String>> recurring = sheet(download("/repairs/reports/export?section=recurring"));
		assertThat(recurring).anySatisfy(r -> {
			assertThat(r.get(0)).isEqualTo("门诊楼 1 层卫生间");
			assertThat(r.get(1)).isEqualTo("水");
		});
		this.mvc.perform(get("/repairs/reports/export?section=secrets").with(user(this.head)))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("the PDF has every section with its figures")
	void pdfHasEverySection() throws Exception {
		try (PDDocument document = Loader.loadPDF(download("/repairs/reports/pdf"))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("按紧急程度的时限达成", "按类别的时限达成", "按维修工的时限达成", "按维修班组的时限达成", team(), "平均修复（小时）", "满意度",
					"按单位的费用", "1,234.50", "按楼宇的费用", "统计楼", "人工费（元）", "按地点的重复故障", "门诊楼 1 层卫生间",
					this.technician.displayName());
		}
	}

	@Test
	@DisplayName("exports are for readers of the statistics")
	void exportsNeedThePermission() throws Exception {
		CurrentUser staff = new RepairsTestUsers(this.users, this.org).user("demo-staff");
		this.mvc.perform(get("/repairs/reports/export?section=cost").with(user(staff)))
			.andExpect(status().isForbidden());
	}

}
