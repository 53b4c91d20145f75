package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The requisition limit rule at its boundaries: reaching a limit needs no approval, going
 * over it does.
 */
class RequisitionLimitTests {

	private static BigDecimal q(String value) {
		return new BigDecimal(value);
	}

	@Test
	@DisplayName("单次上限 5：领 5 无需审批，领 6 需审批")
	void perRequisitionLimitIsInclusive() {
		RequisitionLimit limit = new RequisitionLimit(1L, 7L, q("5"), null);
		assertThat(limit.breaches(q("5"), q("100"))).isEmpty();
		assertThat(limit.breaches(q("6"), BigDecimal.ZERO)).singleElement().satisfies(b -> {
			assertThat(b.getKind()).isEqualTo(LimitKind.PER_REQUISITION);
			assertThat(b.getItemId()).isEqualTo(7L);
			assertThat(b.getLimitQuantity()).isEqualByComparingTo("5");
			assertThat(b.getRequestedQuantity()).isEqualByComparingTo("6");
		});
	}

	@Test
	@DisplayName("每月上限 10：本月已领 6，再领 4 正好达到无需审批，再领 5 超出需审批并写明已领数量")
	void perMonthLimitCountsWhatWasAlreadyRequisitioned() {
		RequisitionLimit limit = new RequisitionLimit(1L, 7L, null, q("10"));
		assertThat(limit.breaches(q("4"), q("6"))).isEmpty();
		assertThat(limit.breaches(q("5"), q("6"))).singleElement().satisfies(b -> {
			assertThat(b.getKind()).isEqualTo(LimitKind.PER_MONTH);
			assertThat(b.getUsedQuantity()).isEqualByComparingTo("6");
			assertThat(b.getRequestedQuantity()).isEqualByComparingTo("5");
		});
		assertThat(limit.breaches(q("10.001"), BigDecimal.ZERO)).hasSize(1);
	}

	@Test
	@DisplayName("两项限额都超出时两项都列出")
	void bothLimitsCanBeBroken() {
		RequisitionLimit limit = new RequisitionLimit(1L, 7L, q("3"), q("10"));
		assertThat(limit.breaches(q("4"), q("8"))).extracting(RequisitionBreach::getKind)
			.containsExactly(LimitKind.PER_REQUISITION, LimitKind.PER_MONTH);
	}

	@Test
	@DisplayName("限额至少填一项，且必须大于零")
	void limitsMustBePositiveAndAtLeastOne() {
		assertThatThrownBy(() -> new RequisitionLimit(1L, 7L, null, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.messageKey()).isEqualTo("supplies.limit.error.none"));
		assertThatThrownBy(() -> new RequisitionLimit(1L, 7L, BigDecimal.ZERO, null)).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("maxPerRequisition"));
		assertThatThrownBy(() -> new RequisitionLimit(1L, 7L, null, q("-1")))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("maxPerMonth"));
	}

}
