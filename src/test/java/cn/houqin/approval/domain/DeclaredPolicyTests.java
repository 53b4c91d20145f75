package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.houqin.approval.DefaultPolicy;
import cn.houqin.approval.DefaultPolicy.Step;
import cn.houqin.approval.DefaultPolicy.Tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeclaredPolicyTests {

	private static final DefaultPolicy DISPOSAL = new DefaultPolicy("X_DISPOSAL",
			List.of(new Tier(new BigDecimal("100000"), List.of(Step.of("unit-head"))),
					new Tier(null, List.of(Step.of("unit-head"), Step.collectiveOf("committee")))),
			false);

	@Test
	void aModulesDeclaredTiersRunOnFromTheOneBelow() {
		PolicyRules rules = PolicyDefaults.all(List.of(DISPOSAL)).get("X_DISPOSAL");
		assertThat(rules.tiers()).hasSize(2);
		assertThat(rules.tierFor(new BigDecimal("100000.00")).orElseThrow().steps()).hasSize(1);
		PolicyTier top = rules.tierFor(new BigDecimal("100000.01")).orElseThrow();
		assertThat(top.steps()).extracting(PolicyStep::committee).containsExactly(false, true);
		assertThat(rules.ceiling()).isEmpty();
	}

	@Test
	void keepsTheSeedsOwnDefaults() {
		assertThat(PolicyDefaults.all(List.of(DISPOSAL))).containsKeys("SUPPLY_PURCHASE", "GENERAL", "X_DISPOSAL");
	}

	@Test
	void refusesTwoDefaultsForOneDocumentType() {
		assertThatIllegalStateException().isThrownBy(() -> PolicyDefaults.all(List.of(DISPOSAL, DISPOSAL)));
	}

}
