package cn.houqin.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.LimitKind;
import cn.houqin.supplies.domain.LimitService;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionStatus;
import cn.houqin.supplies.domain.RequisitionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requisition limits against the database: default none, the month's earlier requisitions
 * counted, the keeper held back until approval, and a changed limit changes the outcome.
 */
@SuppliesIntegrationTest
@Transactional
class RequisitionLimitIntegrationTests {

	private static final LocalDate ON = LocalDate.of(2026, 11, 20);

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
	LimitService limits;

	SuppliesFixtures fixtures;

	ItemView paper;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.paper = this.fixtures.stockedItem("A4复印纸");
		this.fixtures.stock(this.paper.id(), "200", "25.00");
	}

	private RequisitionView submit(String quantity, LocalDate on) {
		return this.requisitions.submit(this.fixtures.staff(), new RequisitionDraft("打印病历",
				List.of(new RequisitionDraft.Line(this.paper.id(), new BigDecimal(quantity)))), on);
	}

	private void limit(String perRequisition, String perMonth) {
		this.limits.set(this.fixtures.tenantId(), this.paper.id(),
				perRequisition == null ? null : new BigDecimal(perRequisition),
				perMonth == null ? null : new BigDecimal(perMonth), null);
	}

	@Test
	@DisplayName("默认不设限额：领多少都直接交库管员发放")
	void noLimitByDefault() {
		RequisitionView r = submit("150", ON);
		assertThat(r.status()).isEqualTo(RequisitionStatus.SUBMITTED);
		assertThat(r.breaches()).isEmpty();
		assertThat(r.approvalId()).isNull();
	}

	@Test
	@DisplayName("单次上限 5：领 5 直接提交，领 6 仍占用库存但待审批，库管员不能发放")
	void overThePerRequisitionLimitWaitsForApproval() {
		limit("5", null);
		assertThat(submit("5", ON).status()).isEqualTo(RequisitionStatus.SUBMITTED);

		RequisitionView over = submit("6", ON);
		assertThat(over.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
		assertThat(over.approvalId()).isNotNull();
		assertThat(over.breaches()).singleElement().satisfies(b -> {
			assertThat(b.kind()).isEqualTo(LimitKind.PER_REQUISITION);
			assertThat(b.itemName()).isEqualTo("A4复印纸");
			assertThat(b.limit()).isEqualByComparingTo("5");
			assertThat(b.requested()).isEqualByComparingTo("6");
		});
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), this.paper.id()).reserved())
			.isEqualByComparingTo("11");
		assertThatThrownBy(() -> this.requisitions.issue(this.fixtures.keeper(), over.id())).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("supplies.requisition.error.awaitingApproval"));
	}

	@Test
	@DisplayName("每月上限 10：同月已领 6 再领 4 恰好达到无需审批，再领 1 待审批并写明本月已领 10；撤销的和下个月的不计")
	void thePerMonthLimitCountsTheMonthsRequisitions() {
		limit(null, "10");
		RequisitionView first = submit("6", ON.withDayOfMonth(1));
		RequisitionView cancelled = submit("3", ON);
		this.requisitions.cancel(this.fixtures.staff(), cancelled.id());
		assertThat(submit("4", ON.withDayOfMonth(30)).status()).isEqualTo(RequisitionStatus.SUBMITTED);
		assertThat(first.status()).isEqualTo(RequisitionStatus.SUBMITTED);

		RequisitionView over = submit("1", ON);
		assertThat(over.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
		assertThat(over.breaches()).singleElement().satisfies(b -> {
			assertThat(b.kind()).isEqualTo(LimitKind.PER_MONTH);
			assertThat(b.used()).isEqualByComparingTo("10");
			assertThat(b.requested()).isEqualByComparingTo("1");
		});
		assertThat(submit("10", ON.plusMonths(1)).status()).isEqualTo(RequisitionStatus.SUBMITTED);
	}

	@Test
	@DisplayName("改了限额，结果随之改变；删除限额后不再需要审批")
	void aChangedLimitChangesTheOutcome() {
		limit("3", null);
		assertThat(submit("4", ON).status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
		limit("5", null);
		assertThat(submit("4", ON).status()).isEqualTo(RequisitionStatus.SUBMITTED);
		assertThat(this.limits.all(this.fixtures.tenantId()))
			.anySatisfy(l -> assertThat(l.itemId()).isEqualTo(this.paper.id()));
		this.limits.remove(this.fixtures.tenantId(), this.paper.id());
		assertThat(submit("100", ON).status()).isEqualTo(RequisitionStatus.SUBMITTED);
		assertThat(this.limits.all(this.fixtures.tenantId()))
			.noneSatisfy(l -> assertThat(l.itemId()).isEqualTo(this.paper.id()));
	}

	@Test
	@DisplayName("限额填零或负数、两项都不填：报错，什么也不写")
	void badLimitsAreRefused() {
		assertThatThrownBy(() -> limit("0", null)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> limit(null, "-2")).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> limit(null, null)).isInstanceOf(BusinessRuleException.class);
		assertThat(this.limits.all(this.fixtures.tenantId()))
			.noneSatisfy(l -> assertThat(l.itemId()).isEqualTo(this.paper.id()));
	}

}
