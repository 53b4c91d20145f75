package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.SuppliesFixtures;
import cn.houqin.supplies.SuppliesIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random receipts, requisitions, issues, cancellations and stock adjustments through the
 * services: the stock row always equals the sum of the ledger's movements, and every
 * movement's running balance equals the sum up to it.
 */
@SuppliesIntegrationTest
@Transactional
class LedgerReconciliationIntegrationTests {

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
	Movements movements;

	@Test
	void stockAlwaysEqualsTheSumOfItsMovements() {
		SuppliesFixtures fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue,
				this.receiving);
		ItemView item = fixtures.stockedItem("对账测试笔");
		Random random = new Random(20261127L);
		List<Long> open = new ArrayList<>();
		for (int step = 0; step < 60; step++) {
			int kind = random.nextInt(4);
			if (kind == 0) {
				fixtures.stock(item.id(), String.valueOf(1 + random.nextInt(20)),
						BigDecimal.valueOf(1 + random.nextInt(999), 2).add(BigDecimal.ONE).toPlainString());
			}
			else if (kind == 1) {
				try {
					open.add(this.requisitions
						.submit(fixtures.staff(),
								new RequisitionDraft("对账", List.of(new RequisitionDraft.Line(item.id(),
										BigDecimal.valueOf(1 + random.nextInt(6))))))
						.id());
				}
				catch (StockShortException ex) {
					assertThat(ex.available()).isLessThan(BigDecimal.valueOf(6));
				}
			}
			else if (!open.isEmpty()) {
				long id = open.remove(random.nextInt(open.size()));
				if (kind == 2) {
					this.requisitions.issue(fixtures.keeper(), id);
				}
				else {
					this.requisitions.cancel(fixtures.staff(), id);
				}
			}
			StockView stock = this.catalogue.stock(fixtures.tenantId(), item.id());
			assertThat(stock.onHand()).isEqualByComparingTo(this.movements.quantityOf(fixtures.tenantId(), item.id()));
			assertThat(stock.value()).isEqualByComparingTo(this.movements.valueOf(fixtures.tenantId(), item.id()));
			assertThat(stock.available().signum()).isGreaterThanOrEqualTo(0);
		}
		BigDecimal quantity = BigDecimal.ZERO;
		BigDecimal value = BigDecimal.ZERO;
		for (Movement movement : this.movements.findByTenantIdAndItemIdOrderById(fixtures.tenantId(), item.id())) {
			quantity = quantity.add(movement.getQuantity());
			value = value.add(movement.getAmount());
			assertThat(movement.view().balanceQuantity()).isEqualByComparingTo(quantity);
			assertThat(movement.view().balanceValue()).isEqualByComparingTo(value);
		}
	}

}
