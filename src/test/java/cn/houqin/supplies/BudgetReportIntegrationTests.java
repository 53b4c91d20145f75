package cn.houqin.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.domain.BudgetService;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.ReportRow;
import cn.houqin.supplies.domain.ReportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units' annual supplies budgets and the spend-against-budget report.
 */
@SuppliesIntegrationTest
@Transactional
class BudgetReportIntegrationTests {

	private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

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
	BudgetService budgets;

	@Autowired
	ReportService reports;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	private DataScope all() {
		return new DataScope(this.fixtures.tenantId(), true, Set.of(), null, 0L);
	}

	@Test
	@DisplayName("预算执行：总务科预算 5000 元，当年入库 60 元；范围外的单位不显示")
	void spendIsSetAgainstTheUnitsBudget() {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		long store = this.fixtures.unitId("HOSP-ZWK");
		BigDecimal before = this.reports.spendAgainstBudget(all(), year)
			.stream()
			.filter(r -> r.label().equals("总务科"))
			.map(ReportRow::amount)
			.findFirst()
			.orElse(BigDecimal.ZERO);
		this.budgets.set(this.fixtures.tenantId(), store, year, new BigDecimal("5000"));
		var pen = this.fixtures.stockedItem("预算测试笔");
		this.fixtures.stock(pen.id(), "30", "2.00");
		assertThat(this.reports.spendAgainstBudget(all(), year)).anySatisfy(r -> {
			assertThat(r.label()).isEqualTo("总务科");
			assertThat(r.quantity()).isEqualByComparingTo("5000.00");
			assertThat(r.amount()).isEqualByComparingTo(before.add(new BigDecimal("60.00")));
		});
		DataScope elsewhere = new DataScope(this.fixtures.tenantId(), false, Set.of(this.fixtures.unitId("HOSP-YYK")),
				null, 0L);
		assertThat(this.reports.spendAgainstBudget(elsewhere, year)).extracting(ReportRow::label).doesNotContain("总务科");
	}

	@Test
	@DisplayName("没有支出的单位也列出预算；预算为负或没选单位报错")
	void budgetsWithoutSpendAndBadInput() {
		long lab = this.fixtures.unitId("HOSP-YYK");
		this.budgets.set(this.fixtures.tenantId(), lab, NEXT_YEAR, new BigDecimal("1200.50"));
		assertThat(this.reports.spendAgainstBudget(all(), NEXT_YEAR)).singleElement().satisfies(r -> {
			assertThat(r.quantity()).isEqualByComparingTo("1200.50");
			assertThat(r.amount()).isEqualByComparingTo("0.00");
		});
		this.budgets.set(this.fixtures.tenantId(), lab, NEXT_YEAR, new BigDecimal("1500"));
		assertThat(this.budgets.year(this.fixtures.tenantId(), NEXT_YEAR)).singleElement()
			.satisfies(b -> assertThat(b.amount()).isEqualByComparingTo("1500.00"));
		assertThatThrownBy(() -> this.budgets.set(this.fixtures.tenantId(), lab, NEXT_YEAR, new BigDecimal("-1")))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> this.budgets.set(this.fixtures.tenantId(), null, NEXT_YEAR, BigDecimal.TEN))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	@DisplayName("管理员在限额页设置预算；报表页、Excel 和 PDF 都有预算执行")
	void budgetPageAndReportExports() throws Exception {
		long lab = this.fixtures.unitId("HOSP-YYK");
		var admin = this.fixtures.user("demo-admin");
		this.mvc
			.perform(post("/supplies/limits/budget").param("unitId", String.valueOf(lab))
				.param("year", String.valueOf(NEXT_YEAR))
				.param("amount", "800")
				.with(csrf())
				.with(user(admin)))
			.andExpect(redirectedUrl("/supplies/limits?year=" + NEXT_YEAR));
		this.mvc.perform(get("/supplies/limits").param("year", String.valueOf(NEXT_YEAR)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("800.00")));
		String to = NEXT_YEAR + "-06-30";
		this.mvc
			.perform(get("/supplies/reports").param("report", "BUDGET")
				.param("from", NEXT_YEAR + "-01-01")
				.param("to", to)
				.with(user(this.fixtures.user("demo-logistics"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("800.00")));
		for (String path : List.of("/supplies/reports/export", "/supplies/reports/pdf")) {
			this.mvc
				.perform(get(path).param("report", "BUDGET")
					.param("from", NEXT_YEAR + "-01-01")
					.param("to", to)
					.with(user(this.fixtures.user("demo-logistics"))))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(get("/supplies/reports/export").param("report", "BUDGET")
				.param("from", NEXT_YEAR + "-01-01")
				.param("to", to)
				.with(user(this.fixtures.user("demo-logistics"))))
			.andExpect(content().contentType(ExcelExport.CONTENT_TYPE));
	}

}
