package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the sequence of receipts, issues and adjustments, on hand and value equal the
 * sum of the movements written, never go negative, and an empty store holds no value.
 */
class LedgerPropertyTests {

	record Op(int kind, int quantity, BigDecimal unitCost) {
	}

	@Property(tries = 300)
	void onHandAndValueAlwaysEqualTheSumOfMovements(@ForAll("operations") List<Op> ops) {
		Stock stock = new Stock(1L, 1L);
		BigDecimal quantities = BigDecimal.ZERO;
		BigDecimal amounts = BigDecimal.ZERO;
		for (Op op : ops) {
			BigDecimal quantity = BigDecimal.valueOf(op.quantity());
			if (op.kind() == 0) {
				BigDecimal amount = quantity.multiply(op.unitCost()).setScale(2, java.math.RoundingMode.HALF_UP);
				stock.receive(quantity, amount);
				quantities = quantities.add(quantity);
				amounts = amounts.add(amount);
			}
			else if (op.kind() == 1 && stock.getOnHand().compareTo(quantity) >= 0) {
				BigDecimal amount = stock.issue(quantity, false);
				quantities = quantities.subtract(quantity);
				amounts = amounts.subtract(amount);
			}
			else if (op.kind() == 2 && stock.getOnHand().compareTo(quantity) >= 0) {
				BigDecimal delta = op.quantity() % 2 == 0 ? quantity : quantity.negate();
				BigDecimal amount = stock.adjust(delta);
				quantities = quantities.add(delta);
				amounts = amounts.add(amount);
			}
			assertThat(stock.getOnHand()).isEqualByComparingTo(quantities);
			assertThat(stock.getStockValue()).isEqualByComparingTo(amounts);
			assertThat(stock.getOnHand().signum()).isGreaterThanOrEqualTo(0);
			assertThat(stock.getStockValue().signum()).isGreaterThanOrEqualTo(0);
			if (stock.getOnHand().signum() == 0) {
				assertThat(stock.getStockValue()).isEqualByComparingTo("0");
			}
		}
	}

	@Provide
	Arbitrary<List<Op>> operations() {
		Arbitrary<Op> op = Combinators
			.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 60),
					Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("999.99")).ofScale(2))
			.as(Op::new);
		return op.list().ofMinSize(1).ofMaxSize(40);
	}

}
