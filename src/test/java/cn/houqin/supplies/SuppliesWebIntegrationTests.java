package cn.houqin.supplies;

import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.ReportService;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SuppliesIntegrationTest
@Transactional
class SuppliesWebIntegrationTests {

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

	CurrentUser keeper;

	CurrentUser staff;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.keeper = this.fixtures.user("demo-logistics");
		this.staff = this.fixtures.user("demo-staff");
	}

	@Test
	void everyPageRendersForItsRole() throws Exception {
		for (String page : List.of("/supplies/items", "/supplies/items/new", "/supplies/purchases",
				"/supplies/purchases/new", "/supplies/requisitions", "/supplies/requisitions/new",
				"/supplies/register")) {
			this.mvc.perform(get(page).with(user(this.keeper))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/supplies/items/new").with(user(this.staff))).andExpect(status().isForbidden());
	}

	@Test
	void anHtmxRequestGetsTheResultsFragmentWithoutTheLayout() throws Exception {
		this.mvc
			.perform(get("/supplies/items").param("low", "true").header("HX-Request", "true").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("items-table")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	@DisplayName("库存低于最低库存时列入预警并给出建议采购量")
	void lowStockIsFlaggedWithAReorderSuggestion() {
		ItemView pen = this.fixtures.stockedItem("预警测试笔");
		this.fixtures.stock(pen.id(), "3", "2.00");
		assertThat(this.catalogue.lowStock(this.fixtures.tenantId())).anySatisfy(i -> {
			assertThat(i.id()).isEqualTo(pen.id());
			assertThat(i.reorderQuantity()).isEqualByComparingTo("47");
		});
	}

	@Test
	void theRequisitionFormShowsARefusalInline() throws Exception {
		ItemView pen = this.fixtures.stockedItem("表单测试笔");
		this.mvc
			.perform(post("/supplies/requisitions/new").with(user(this.staff))
				.with(csrf())
				.param("text", "办公")
				.param("lines[0].itemId", String.valueOf(pen.id()))
				.param("lines[0].quantity", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("库存不足")));
	}

	@Test
	@DisplayName("领取登记本PDF含登记本各栏及签收行，Excel可导出")
	void theRegisterPrintsAsPdfWithTheSeedColumnsAndExportsToExcel() throws Exception {
		ItemView paper = this.fixtures.stockedItem("登记本测试纸");
		this.fixtures.stock(paper.id(), "10", "20.00");
		RequisitionView r = this.requisitions.submit(this.fixtures.staff(),
				new RequisitionDraft("登记本测试用途", List.of(new RequisitionDraft.Line(paper.id(), new BigDecimal("2")))));
		this.requisitions.issue(this.fixtures.keeper(), r.id());
		this.mvc
			.perform(post("/supplies/requisitions/{id}/confirm-receipt", r.id()).with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "supplies.flash.confirmed"));
		byte[] pdf = this.mvc.perform(get("/supplies/register.pdf").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("办公用品领取登记本", "日期", "物品名称", "规格", "数量", "用途",
					"领取人签字", "登记本测试纸", "登记本测试用途", "吴娜");
		}
		this.mvc.perform(get("/supplies/register/export").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExcelExport.CONTENT_TYPE));
		this.mvc.perform(get("/supplies/items/export").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExcelExport.CONTENT_TYPE));
	}

	@Test
	@DisplayName("报表：按类别、单位、人员、月份统计领用，价格走势，呆滞库存，可导出Excel")
	void reportsSumTheIssuesOfTheLedger() throws Exception {
		ItemView pen = this.fixtures.stockedItem("报表测试笔");
		this.fixtures.stock(pen.id(), "10", "2.00");
		RequisitionView r = this.requisitions.submit(this.fixtures.staff(),
				new RequisitionDraft("报表", List.of(new RequisitionDraft.Line(pen.id(), new BigDecimal("4")))));
		this.requisitions.issue(this.fixtures.keeper(), r.id());
		long tenant = this.fixtures.tenantId();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(
				this.reports.consumption(tenant, ReportService.Grouping.PERSON, today.minusDays(1), today.plusDays(1)))
			.anySatisfy(row -> assertThat(row.label()).isEqualTo("吴娜"));
		assertThat(this.reports.consumption(tenant, ReportService.Grouping.UNIT, today.minusDays(1), today.plusDays(1)))
			.anySatisfy(row -> assertThat(row.label()).isEqualTo("内科"));
		assertThat(this.reports.consumption(tenant, ReportService.Grouping.CATEGORY, today.minusDays(1),
				today.plusDays(1)))
			.anySatisfy(row -> {
				assertThat(row.label()).isEqualTo("中性笔");
				assertThat(row.quantity()).isGreaterThanOrEqualTo(new BigDecimal("4"));
			});
		assertThat(this.reports.priceHistory(tenant, pen.id())).singleElement()
			.satisfies(row -> assertThat(row.amount()).isEqualByComparingTo("2.00"));
		for (String report : List.of("UNIT", "PERSON", "CATEGORY", "MONTH", "SPEND", "PRICE", "SLOW")) {
			this.mvc.perform(get("/supplies/reports").param("report", report).with(user(this.keeper)))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(get("/supplies/reports/export").param("report", "MONTH")
				.param("from", today.minusYears(1).toString())
				.param("to", today.toString())
				.with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExcelExport.CONTENT_TYPE));
	}

}
