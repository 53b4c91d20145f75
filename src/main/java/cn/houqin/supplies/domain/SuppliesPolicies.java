package cn.houqin.supplies.domain;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.approval.DefaultPolicy;
import cn.houqin.approval.DocumentLink;

/**
 * Default approval of stocktake variances: the logistics head (后勤主管领导) signs before they
 * are posted. Purchases use the seed's {@code SUPPLY_PURCHASE} policy of approval.
 */
@Configuration(proxyBeanMethods = false)
class SuppliesPolicies {

	@Bean
	DefaultPolicy suppliesStocktakePolicy() {
		return new DefaultPolicy(Stocktake.TYPE,
				List.of(new DefaultPolicy.Tier(null, List.of(DefaultPolicy.Step.of("logistics-head")))), false);
	}

	@Bean
	DocumentLink suppliesPurchaseLink() {
		return new DocumentLink(PurchaseRequest.TYPE, "/supplies/purchases/{id}");
	}

	@Bean
	DocumentLink suppliesStocktakeLink() {
		return new DocumentLink(Stocktake.TYPE, "/supplies/stocktakes/{id}");
	}

}
