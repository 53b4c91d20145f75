package cn.houqin.repairs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.ContractorStatus;
import cn.houqin.repairs.domain.NewReport;
import cn.houqin.repairs.domain.SlaBook;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules page: an administrator changes the SLA, working hours and contractor limit,
 * the change applies to the next report and contractor cost.
 */
@RepairsIntegrationTest
@Transactional
class RepairRulesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	SlaBook book;

	@Autowired
	WorkOrderService service;

	CurrentUser admin;

	CurrentUser staff;

	CurrentUser dispatcher;

	CurrentUser technician;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.admin = fixtures.user("demo-admin");
		this.staff = fixtures.user("demo-staff");
		this.dispatcher = fixtures.user("demo-logistics");
		this.technician = fixtures.user("demo-technician");
	}

	/** The default rules as the form posts them, with the given changes. */
	private MockHttpServletRequestBuilder rules(String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		String[][] defaults = { { "30", "true", "240", "true" }, { "120", "false", "480", "false" },
				{ "480", "false", "1440", "false" }, { "960", "false", "4800", "false" } };
		for (int i = 0; i < 4; i++) {
			values.put("respondMinutes[" + i + "]", defaults[i][0]);
			values.put("respondOnClock[" + i + "]", defaults[i][1]);
			values.put("fixMinutes[" + i + "]", defaults[i][2]);
			values.put("fixOnClock[" + i + "]", defaults[i][3]);
		}
		values.put("morningStart", "08:00");
		values.put("morningEnd", "12:00");
		values.put("afternoonStart", "14:00");
		values.put("afternoonEnd", "18:00");
		values.put("contractorLimit", "2000.00");
		values.put("labourRate", "80.00");
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/repairs/rules").with(user(this.admin)).with(csrf());
		values.forEach(request::param);
		return request;
	}

	private WorkOrderView report(Category category, boolean safety) {
		return this.service.report(this.staff,
				new NewReport("规则测试楼 " + System.nanoTime(), null, category, "测试故障", safety, false), List.of());
	}

	@Test
	@DisplayName("规则页显示默认时限、工作时间和 2,000 元外委审批限额")
	void theRulesPageShowsTheDefaults() throws Exception {
		this.mvc.perform(get("/repairs/rules").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"08:00\"")))
			.andExpect(content().string(containsString("value=\"2000.00\"")))
			.andExpect(content().string(containsString("value=\"4800\"")));
		assertThat(this.book.contractorLimit(this.admin.tenantId())).isEqualByComparingTo("2000.00");
	}

	@Test
	@DisplayName("只有管理员能修改维修规则")
	void onlyTheAdministratorEditsTheRules() throws Exception {
		this.mvc.perform(get("/repairs/rules").with(user(this.dispatcher))).andExpect(status().isForbidden());
		this.mvc.perform(rules("contractorLimit", "1.00").with(user(this.dispatcher)))
			.andExpect(status().isForbidden());
		assertThat(this.book.contractorLimit(this.admin.tenantId())).isEqualByComparingTo("2000.00");
	}

	@Test
	@DisplayName("修改紧急报修的响应时限后，新报修按新时限计算，")
	void aChangedServiceLevelAppliesToTheNextReport() throws Exception {
		WorkOrderView before = report(Category.ELECTRIC, true);
		assertThat(before.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(Duration.between(before.respondBy(), before.fixBy())).isEqualTo(Duration.ofMinutes(210));
		this.mvc.perform(rules("respondMinutes[0]", "60", "fixMinutes[0]", "300"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/repairs/rules"));
		WorkOrderView after = report(Category.ELECTRIC, true);
		assertThat(Duration.between(after.respondBy(), after.fixBy())).isEqualTo(Duration.ofMinutes(240));
	}

	@Test
	@DisplayName("外委审批限额改为 500 元后，800 元的外委费用须审批")
	void aLowerContractorLimitSendsASmallerCostToApproval() throws Exception {
		WorkOrderView first = assigned();
		WorkOrderView free = this.service.engageContractor(this.technician, first.id(), first.version(), "县建安公司",
				new BigDecimal("800.00"));
		assertThat(free.contractorStatus()).isEqualTo(ContractorStatus.NOT_REQUIRED);
		this.mvc.perform(rules("contractorLimit", "500.00")).andExpect(status().is3xxRedirection());
		assertThat(this.book.contractorLimit(this.admin.tenantId())).isEqualByComparingTo("500.00");
		WorkOrderView second = assigned();
		WorkOrderView approval = this.service.engageContractor(this.technician, second.id(), second.version(), "县建安公司",
				new BigDecimal("800.00"));
		assertThat(approval.contractorStatus()).isEqualTo(ContractorStatus.PENDING);
	}

	private WorkOrderView assigned() {
		WorkOrderView reported = report(Category.WATER, false);
		return this.service.assign(this.dispatcher, reported.id(), reported.version(), this.technician.userId());
	}

	@Test
	@DisplayName("工作时间顺序颠倒或时限为零时拒绝保存并提示，规则不变")
	void refusesRulesOutOfOrderAndKeepsTheOldOnes() throws Exception {
		this.mvc.perform(rules("morningStart", "13:00", "contractorLimit", "900.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules-errors\"")));
		this.mvc.perform(rules("fixMinutes[2]", "0", "contractorLimit", "900.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules-errors\"")));
		this.mvc.perform(rules("contractorLimit", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules-errors\"")));
		assertThat(this.book.contractorLimit(this.admin.tenantId())).isEqualByComparingTo("2000.00");
		assertThat(this.book.hours(this.admin.tenantId()).morningStart()).hasToString("08:00");
	}

	@Test
	@DisplayName("人工费单价默认 80 元/小时；改为 120 元后，新完工工单的费用含 1.5 小时 × 120 元")
	void aChangedLabourRatePricesTheNextCompletedOrder() throws Exception {
		this.mvc.perform(get("/repairs/rules").with(user(this.admin)))
			.andExpect(content().string(containsString("name=\"labourRate\"")))
			.andExpect(content().string(containsString("value=\"80.00\"")));
		assertThat(this.book.labourRate(this.admin.tenantId())).isEqualByComparingTo("80.00");
		this.mvc.perform(rules("labourRate", "120")).andExpect(redirectedUrl("/repairs/rules"));
		assertThat(this.book.labourRate(this.admin.tenantId())).isEqualByComparingTo("120.00");
		WorkOrderView order = assigned();
		WorkOrderView done = this.service.complete(this.technician, order.id(), order.version(), new BigDecimal("1.5"),
				null);
		assertThat(done.totalCost()).isEqualByComparingTo("180.00");
	}

	@Test
	@DisplayName("负的人工费单价被拒绝并在字段旁提示，单价不变")
	void refusesANegativeLabourRate() throws Exception {
		this.mvc.perform(rules("labourRate", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules-errors\"")))
			.andExpect(content().string(containsString("人工费单价须为不小于 0 元的金额")));
		assertThat(this.book.labourRate(this.admin.tenantId())).isEqualByComparingTo("80.00");
	}

}
