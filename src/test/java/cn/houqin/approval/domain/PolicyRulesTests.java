package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyRulesTests {

	private final PolicyRules seed = PolicyDefaults.seedTiers();

	@ParameterizedTest(name = "{0} 元 → {1} 步")
	@CsvSource({ "0.00, 1", "1000.00, 1", "1000.01, 2", "5000.00, 2", "5000.01, 3", "10000.00, 3" })
	@DisplayName("篇8 第五条: 以下含本数，档次按金额取")
	void picksTheTierWhoseUpperBoundIncludesTheAmount(String amount, int steps) {
		assertThat(this.seed.tierFor(new BigDecimal(amount))).get()
			.extracting(tier -> tier.steps().size())
			.isEqualTo(steps);
	}

	@Test
	@DisplayName("超过 10,000.00 元没有档次：须走政府采购")
	void hasNoTierAboveTheCeiling() {
		assertThat(this.seed.tierFor(new BigDecimal("10000.01"))).isEmpty();
		assertThat(this.seed.ceiling()).contains(new BigDecimal("10000.00"));
	}

	@Test
	void seedTiersAreLogisticsHeadThenUnitHeadThenCommittee() {
		List<PolicyStep> top = this.seed.tiers().get(2).steps();
		assertThat(top).extracting(PolicyStep::roleCode).containsExactly("logistics-head", "unit-head", "committee");
		assertThat(top).extracting(PolicyStep::committee).containsExactly(false, false, true);
		assertThat(this.seed.boundaries()).containsExactly(new BigDecimal("1000.00"), new BigDecimal("5000.00"),
				new BigDecimal("10000.00"));
	}

	@Test
	void refusesAGapBetweenTiers() {
		PolicyRules rules = new PolicyRules(
				List.of(tier(null, "1000", "logistics-head"), tier("2000", "5000", "unit-head")), false);
		assertThatThrownBy(rules::validate).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("approval.policy.error.gap"));
	}

	@Test
	void refusesAnUpperBoundNotAboveTheLower() {
		PolicyRules rules = new PolicyRules(
				List.of(tier(null, "1000", "logistics-head"), tier("1000", "1000", "unit-head")), false);
		assertThatThrownBy(rules::validate).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("approval.policy.error.upper"));
	}

	@Test
	void refusesATierWithoutSteps() {
		PolicyRules rules = new PolicyRules(List.of(new PolicyTier(null, new BigDecimal("1000"), List.of())), false);
		assertThatThrownBy(rules::validate).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("approval.policy.error.noStep"));
	}

	@Test
	void acceptsAnOpenEndedLastTier() {
		new PolicyRules(List.of(tier(null, "1000", "logistics-head"), tier("1000", null, "unit-head")), false)
			.validate();
	}

	private static PolicyTier tier(String lower, String upper, String role) {
		return new PolicyTier(lower == null ? null : new BigDecimal(lower),
				upper == null ? null : new BigDecimal(upper), List.of(PolicyStep.nearest(role)));
	}

}
