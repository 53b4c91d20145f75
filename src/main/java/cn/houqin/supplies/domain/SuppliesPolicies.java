package cn.houqin.supplies.domain;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.approval.DefaultPolicy;
import cn.houqin.approval.DocumentLink;

/**
 * Default approval of stocktake variances: the logistics head (后勤主管领导) signs before they
 * are posted; requisitions over a limit go to the department head, then the logistics
 * head. Purchases use the seed's {@code SUPPLY_PURCHASE} policy of approval.
 */
@Configuration(proxyBeanMethods = false)
class SuppliesPolicies {

	@Bean
	DefaultPolicy suppliesStocktakePolicy() {
		return new DefaultPolicy(Stocktake.TYPE,
				List.of(new DefaultPolicy.Tier(null, List.of(DefaultPolicy.Step.of("logistics-head")))), false);
	}

	/**
	 * A requisition over a limit: the requester's department head, then the logistics
	 * head.
	 */
	@Bean
	DefaultPolicy suppliesRequisitionPolicy() {
		return new DefaultPolicy(Requisition.TYPE, List.of(new DefaultPolicy.Tier(null,
				List.of(DefaultPolicy.Step.of("dept-head"), DefaultPolicy.Step.of("logistics-head")))), false);
	}

	@Bean
	DocumentLink suppliesRequisitionLink() {
		return new DocumentLink(Requisition.TYPE, "/supplies/requisitions/{id}");
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
