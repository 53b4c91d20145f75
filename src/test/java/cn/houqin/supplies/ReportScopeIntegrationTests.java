package cn.houqin.supplies;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.ReportRow;
import cn.houqin.supplies.domain.ReportService;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports count only the units in the caller's scope for {@code supplies.report.view}: a
 * tenant-wide reader sees every unit, a unit-scoped one only their own, on the page and
 * in the Excel and PDF exports.
 */
@SuppliesIntegrationTest
@Transactional
class ReportScopeIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	@Autowired
	RequisitionService requisitions;

	@Autowired
	ReportService reports;

	SuppliesFixtures fixtures;

	ItemView pen;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.pen = this.fixtures.stockedItem("范围测试笔");
		this.fixtures.stock(this.pen.id(), "20", "2.00");
	}

	private void issued(cn.houqin.supplies.domain.Actor who, String quantity) {
		RequisitionView r = this.requisitions.submit(who, new RequisitionDraft("范围",
				List.of(new RequisitionDraft.Line(this.pen.id(), new BigDecimal(quantity)))));
		this.requisitions.issue(this.fixtures.keeper(), r.id());
	}

	/** demo-dept-head reading reports for their own unit (内科) only. */
	private CurrentUser unitReader() {
		CurrentUser head = this.fixtures.user("demo-dept-head");
		return new CurrentUser(head.userId(), head.tenantId(), head.getUsername(), head.displayName(), head.staffId(),
				head.unitId(), head.roles(), Map.of("supplies.report.view", List.of(ScopeGrant.of(ScopeType.UNIT))),
				"{noop}x", false, true);
	}

	private DataScope unitScope(String code) {
		return new DataScope(this.fixtures.tenantId(), false, Set.of(this.fixtures.unitId(code)), null, 0L);
	}

	@Test
	@DisplayName("按单位统计：全院范围看到内科和总务科，内科范围只看到内科")
	void consumptionCountsOnlyTheUnitsInScope() {
		issued(this.fixtures.staff(), "4");
		issued(this.fixtures.keeper(), "3");
		DataScope all = new DataScope(this.fixtures.tenantId(), true, Set.of(), null, 0L);
		assertThat(this.reports.consumption(all, ReportService.Grouping.UNIT, TODAY, TODAY))
			.extracting(ReportRow::label)
			.contains("内科", "总务科");
		assertThat(this.reports.consumption(unitScope("HOSP-NK"), ReportService.Grouping.UNIT, TODAY, TODAY))
			.extracting(ReportRow::label)
			.containsExactly("内科");
		assertThat(this.reports.consumption(new DataScope(this.fixtures.tenantId(), false, Set.of(), null, 0L),
				ReportService.Grouping.UNIT, TODAY, TODAY))
			.isEmpty();
	}

	@Test
	@DisplayName("价格走势、呆滞库存、采购支出：只算范围内单位的入库")
	void receiptsCountOnlyForTheUnitsInScope() {
		DataScope all = new DataScope(this.fixtures.tenantId(), true, Set.of(), null, 0L);
		assertThat(this.reports.priceHistory(all, this.pen.id())).hasSize(1);
		assertThat(this.reports.priceHistory(unitScope("HOSP-ZWK"), this.pen.id())).hasSize(1);
		assertThat(this.reports.priceHistory(unitScope("HOSP-YYK"), this.pen.id())).isEmpty();
		assertThat(this.reports.slowMovers(all, TODAY.minusDays(90))).extracting(ReportRow::label).contains("范围测试笔");
		assertThat(this.reports.slowMovers(unitScope("HOSP-ZWK"), TODAY.minusDays(90))).extracting(ReportRow::label)
			.contains("范围测试笔");
		assertThat(this.reports.slowMovers(unitScope("HOSP-YYK"), TODAY.minusDays(90))).extracting(ReportRow::label)
			.doesNotContain("范围测试笔");
		BigDecimal everything = total(this.reports.spend(all, TODAY, TODAY));
		BigDecimal store = total(this.reports.spend(unitScope("HOSP-ZWK"), TODAY, TODAY));
		assertThat(store).isGreaterThanOrEqualTo(new BigDecimal("40.00"));
		assertThat(everything).isGreaterThanOrEqualTo(store);
		assertThat(this.reports.spend(unitScope("HOSP-YYK"), TODAY, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("页面、Excel 和 PDF：内科范围的读者看不到总务科的领用；全院的库管员看得到")
	void pageAndExportsFollowTheCallersScope() throws Exception {
		issued(this.fixtures.staff(), "4");
		issued(this.fixtures.keeper(), "3");
		CurrentUser reader = unitReader();
		CurrentUser keeper = this.fixtures.user("demo-logistics");
		String from = TODAY.toString();
		this.mvc
			.perform(get("/supplies/reports").param("report", "UNIT")
				.param("from", from)
				.param("to", from)
				.with(user(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内科")))
			.andExpect(content().string(not(containsString("总务科"))));
		assertThat(excel(reader, from)).contains("内科").doesNotContain("总务科");
		assertThat(excel(keeper, from)).contains("内科", "总务科");
		assertThat(pdf(reader, from)).contains("内科").doesNotContain("总务科");
		assertThat(pdf(keeper, from)).contains("内科", "总务科");
	}

	private List<String> excel(CurrentUser as, String day) throws Exception {
		byte[] body = this.mvc
			.perform(get("/supplies/reports/export").param("report", "UNIT")
				.param("from", day)
				.param("to", day)
				.with(user(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> labels = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(0) != null) {
					labels.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		return labels;
	}

	private String pdf(CurrentUser as, String day) throws Exception {
		byte[] body = this.mvc.perform(
				get("/supplies/reports/pdf").param("report", "UNIT").param("from", day).param("to", day).with(user(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(body)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static BigDecimal total(List<ReportRow> rows) {
		return rows.stream().map(ReportRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
