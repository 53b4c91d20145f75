package cn.houqin.supplies.domain;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.approval.DefaultPolicy;

/**
 * Default approval of stocktake variances: the logistics head (后勤主管领导) signs before they
 * are posted. Purchases use the seed's {@code SUPPLY_PURCHASE} policy of approval.
 */
@Configuration(proxyBeanMethods = false)
class SuppliesPolicies {

	/** Variances above this need the administrators to widen the policy first. */
	static final java.math.BigDecimal VARIANCE_CAP = new java.math.BigDecimal("100000000.00");

	@Bean
	DefaultPolicy suppliesStocktakePolicy() {
		return new DefaultPolicy(Stocktake.TYPE,
				List.of(new DefaultPolicy.Tier(VARIANCE_CAP, List.of(DefaultPolicy.Step.of("logistics-head")))), false);
	}

}
