package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.DefaultPolicy;
import cn.houqin.approval.DocumentLink;

/**
 * Contractor costs above the limit (专业队伍维修) are approved: up to 10,000元 by the logistics
 * head, above it by the unit head too; the outcome is kept on the work order.
 */
@Configuration(proxyBeanMethods = false)
class ContractorApprovals {

	private final WorkOrderService service;

	ContractorApprovals(WorkOrderService service) {
		this.service = service;
	}

	@Bean
	static DefaultPolicy repairContractorPolicy() {
		return new DefaultPolicy(WorkOrderService.CONTRACTOR_TYPE, List
			.of(new DefaultPolicy.Tier(new BigDecimal("10000.00"), List.of(DefaultPolicy.Step.of("logistics-head"))),
					new DefaultPolicy.Tier(null,
							List.of(DefaultPolicy.Step.of("logistics-head"), DefaultPolicy.Step.of("unit-head")))),
				false);
	}

	@Bean
	static DocumentLink repairContractorLink() {
		return new DocumentLink(WorkOrderService.CONTRACTOR_TYPE, "/repairs/work-orders/{id}");
	}

	@ApplicationModuleListener
	void on(ApprovalDecided decided) {
		if (WorkOrderService.CONTRACTOR_TYPE.equals(decided.documentType())) {
			this.service.contractorDecided(decided.tenantId(), decided.documentId(),
					decided.outcome() == ApprovalOutcome.APPROVED);
		}
	}

}
