package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.SuppliesApi;
import cn.houqin.supplies.SuppliesApi.IssueMaterials;
import cn.houqin.supplies.SuppliesApi.MaterialsIssued;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaterialsTests {

	/** A store with one item, 10 in stock at 3.50元. */
	static class FakeStore implements SuppliesApi {

		BigDecimal onHand = new BigDecimal("10");

		final List<IssueMaterials> issued = new ArrayList<>();

		@Override
		public List<ItemStock> stockedItems(long tenantId, String query, int limit) {
			return List.of(new ItemStock(5L, "DJ-001", "水龙头阀芯", null, "个", this.onHand, new BigDecimal("3.50")));
		}

		@Override
		public MaterialsIssued issueMaterials(IssueMaterials command) {
			IssueMaterials.Line line = command.lines().get(0);
			if (line.quantity().compareTo(this.onHand) > 0) {
				throw new BusinessRuleException("quantity", "supplies.error.short", "水龙头阀芯", this.onHand);
			}
			this.onHand = this.onHand.subtract(line.quantity());
			this.issued.add(command);
			BigDecimal amount = line.quantity().multiply(new BigDecimal("3.50")).setScale(2, RoundingMode.HALF_UP);
			return new MaterialsIssued(List
				.of(new MaterialsIssued.IssuedLine(5L, "水龙头阀芯", "个", line.quantity(), new BigDecimal("3.50"), amount)),
					amount);
		}

	}

	private final FakeStore store = new FakeStore();

	@Test
	void recordsTheIssuedLinesAndAddsTheirCostToTheWorkOrder() {
		WorkOrder order = RepairsFixtures.workOrder(7L);
		Materials materials = new Materials(this.store);
		materials.issue(order, 8L, List.of(new IssueMaterials.Line(5L, new BigDecimal("2"))));
		materials.issue(order, 8L, List.of(new IssueMaterials.Line(5L, new BigDecimal("1"))));
		assertThat(order.getMaterials()).hasSize(2);
		assertThat(order.getMaterialsCost()).isEqualByComparingTo("10.50");
		assertThat(order.totalCost()).isEqualByComparingTo("10.50");
		assertThat(this.store.issued.get(0).documentType()).isEqualTo("REPAIR_WORK_ORDER");
		assertThat(this.store.issued.get(0).documentNo()).isEqualTo("WX20260916-TEST01");
	}

	@Test
	void aShortageIsShownAndNothingIsRecorded() {
		WorkOrder order = RepairsFixtures.workOrder(7L);
		Materials materials = new Materials(this.store);
		assertThatThrownBy(() -> materials.issue(order, 8L, List.of(new IssueMaterials.Line(5L, new BigDecimal("11")))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("supplies.error.short");
		assertThat(order.getMaterials()).isEmpty();
		assertThat(order.getMaterialsCost()).isEqualByComparingTo("0.00");
	}

	@Test
	void refusesNonPositiveQuantitiesBeforeAskingTheStore() {
		Materials materials = new Materials(this.store);
		assertThatThrownBy(() -> materials.issue(RepairsFixtures.workOrder(7L), 8L,
				List.of(new IssueMaterials.Line(5L, BigDecimal.ZERO))))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(this.store.issued).isEmpty();
	}

}
