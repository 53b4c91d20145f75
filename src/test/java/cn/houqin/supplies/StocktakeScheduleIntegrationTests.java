package cn.houqin.supplies;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.PendingWork;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.StocktakeSchedule;
import cn.houqin.supplies.domain.StocktakeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stocktake schedule: quarterly by default, configurable; due when no stocktake was
 * opened in the period, shown to the keeper as pending work.
 */
@SuppliesIntegrationTest
@Transactional
class StocktakeScheduleIntegrationTests {

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
	StocktakeSchedule schedule;

	@Autowired
	StocktakeService stocktakes;

	@Autowired
	List<PendingWork> pendingWork;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	private boolean keeperSeesStocktakeDue() {
		CurrentUser keeper = this.fixtures.user("demo-logistics");
		return this.pendingWork.stream()
			.flatMap(p -> p.pendingFor(keeper).stream())
			.anyMatch(i -> i.labelKey().equals("supplies.pending.stocktakeDue"));
	}

	@Test
	@DisplayName("默认按季度：未来某季度尚未盘点即到期；本期开了盘点表就不再到期，库管员的待办随之变化")
	void dueUntilAStocktakeIsOpenedInThePeriod() {
		long tenant = this.fixtures.tenantId();
		assertThat(this.schedule.months(tenant)).isEqualTo(3);
		assertThat(this.schedule.due(tenant, LocalDate.of(2031, 2, 10))).isTrue();
		boolean dueBefore = this.schedule.due(tenant, TODAY);
		assertThat(keeperSeesStocktakeDue()).isEqualTo(dueBefore);

		this.stocktakes.open(this.fixtures.keeper());
		assertThat(this.schedule.due(tenant, TODAY)).isFalse();
		assertThat(keeperSeesStocktakeDue()).isFalse();
		assertThat(this.schedule.due(tenant, TODAY.plusMonths(3))).isTrue();
	}

	@Test
	@DisplayName("周期可改：改为每年一次后，本年已开过盘点表则全年不再到期；改为每月则下月到期")
	void theScheduleIsConfigurable() {
		long tenant = this.fixtures.tenantId();
		this.stocktakes.open(this.fixtures.keeper());
		this.schedule.setMonths(tenant, 12);
		assertThat(this.schedule.months(tenant)).isEqualTo(12);
		assertThat(this.schedule.due(tenant, LocalDate.of(TODAY.getYear(), 12, 31))).isFalse();
		this.schedule.setMonths(tenant, 1);
		assertThat(this.schedule.due(tenant, TODAY.withDayOfMonth(1).plusMonths(1))).isTrue();
		assertThatThrownBy(() -> this.schedule.setMonths(tenant, 5)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	@DisplayName("盘点周期在限额页上由管理员设置；普通员工无权")
	void theSchedulePage() throws Exception {
		this.mvc
			.perform(post("/supplies/limits/schedule").param("stocktakeMonths", "6")
				.with(csrf())
				.with(user(this.fixtures.user("demo-admin"))))
			.andExpect(redirectedUrl("/supplies/limits"));
		assertThat(this.schedule.months(this.fixtures.tenantId())).isEqualTo(6);
		this.mvc
			.perform(post("/supplies/limits/schedule").param("stocktakeMonths", "6")
				.with(csrf())
				.with(user(this.fixtures.user("demo-staff"))))
			.andExpect(status().isForbidden());
	}

}
