package cn.houqin.supplies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.StocktakeService;
import cn.houqin.supplies.domain.StocktakeStatus;
import cn.houqin.supplies.domain.StocktakeView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppliesIntegrationTest
@Transactional
class StocktakeIntegrationTests {

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
	StocktakeService stocktakes;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	@Test
	@DisplayName("盘点冻结账面数量；差异经审批后才作为调整入账")
	void freezesBookQuantitiesAndPostsVariancesOnlyAfterApproval() {
		ItemView pen = this.fixtures.stockedItem("盘点测试笔");
		this.fixtures.stock(pen.id(), "20", "2.00");
		StocktakeView sheet = this.stocktakes.open(this.fixtures.keeper());
		assertThat(line(sheet, pen).bookQuantity()).isEqualByComparingTo("20");

		var issued = this.requisitions.submit(this.fixtures.staff(),
				new RequisitionDraft("盘点期间领用", List.of(new RequisitionDraft.Line(pen.id(), new BigDecimal("5")))));
		this.requisitions.issue(this.fixtures.keeper(), issued.id());
		assertThat(line(this.stocktakes.view(this.fixtures.keeper(), sheet.id()), pen).bookQuantity())
			.isEqualByComparingTo("20");

		assertThatThrownBy(() -> this.stocktakes.close(this.fixtures.keeper(), sheet.id())).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("supplies.stocktake.error.uncounted"));
		Map<Long, BigDecimal> counts = new java.util.HashMap<>();
		sheet.lines().forEach(l -> counts.put(l.itemId(), l.bookQuantity()));
		counts.put(pen.id(), new BigDecimal("18"));
		this.stocktakes.count(this.fixtures.keeper(), sheet.id(), counts);
		StocktakeView closed = this.stocktakes.close(this.fixtures.keeper(), sheet.id());
		assertThat(closed.status()).isEqualTo(StocktakeStatus.IN_APPROVAL);
		assertThat(closed.approvalId()).isNotNull();
		assertThat(line(closed, pen).variance()).isEqualByComparingTo("-2");
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), pen.id()).onHand()).isEqualByComparingTo("15");

		this.stocktakes.approvalDecided(this.fixtures.tenantId(), sheet.id(), ApprovalOutcome.APPROVED);
		assertThat(this.stocktakes.view(this.fixtures.keeper(), sheet.id()).status()).isEqualTo(StocktakeStatus.POSTED);
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), pen.id())).satisfies(s -> {
			assertThat(s.onHand()).isEqualByComparingTo("13");
			assertThat(s.value()).isEqualByComparingTo("26.00");
		});
	}

	private static StocktakeView.Line line(StocktakeView sheet, ItemView item) {
		return sheet.lines().stream().filter(l -> l.itemId() == item.id()).findFirst().orElseThrow();
	}

}
