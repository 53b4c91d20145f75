package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalIntegrationTest;
import cn.houqin.org.OrgApi;

import static org.assertj.core.api.Assertions.assertThat;

@ApprovalIntegrationTest
@Transactional
class ApprovalPolicyPersistenceIntegrationTests {

	@Autowired
	ApprovalPolicies policies;

	@Autowired
	EntityManager entities;

	@Autowired
	OrgApi org;

	@Test
	void aSingleTierForEveryAmountReadsBackAsSaved() {
		PolicyRules rules = new PolicyRules(
				List.of(new PolicyTier(null, null, List.of(PolicyStep.nearest("unit-head")))), false);
		long id = this.policies
			.saveAndFlush(
					new ApprovalPolicy(this.org.tenantIdByCode("demo").orElseThrow(), "X_EVERY_AMOUNT", 1, rules, null))
			.getId();
		this.entities.clear();
		PolicyRules read = this.policies.findById(id).orElseThrow().rules();
		assertThat(read.tiers()).hasSize(1);
		assertThat(read.tierFor(new BigDecimal("123456789.00"))).isPresent();
		assertThat(read.tiers().get(0).steps()).extracting(PolicyStep::roleCode).containsExactly("unit-head");
	}

}
