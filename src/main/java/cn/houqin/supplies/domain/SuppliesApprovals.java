package cn.houqin.supplies.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalReturned;

/**
 * Keeps purchase requests, requisitions over their limits and stocktakes in step with
 * their approvals.
 */
@Component
class SuppliesApprovals {

	private final PurchaseService purchases;

	private final StocktakeService stocktakes;

	private final RequisitionService requisitions;

	SuppliesApprovals(PurchaseService purchases, StocktakeService stocktakes, RequisitionService requisitions) {
		this.purchases = purchases;
		this.stocktakes = stocktakes;
		this.requisitions = requisitions;
	}

	@ApplicationModuleListener
	void on(ApprovalDecided decided) {
		if (PurchaseRequest.TYPE.equals(decided.documentType())) {
			this.purchases.approvalDecided(decided.tenantId(), decided.documentId(), decided.outcome());
		}
		if (Stocktake.TYPE.equals(decided.documentType())) {
			this.stocktakes.approvalDecided(decided.tenantId(), decided.documentId(), decided.outcome());
		}
		if (Requisition.TYPE.equals(decided.documentType())) {
			this.requisitions.approvalDecided(decided.tenantId(), decided.documentId(), decided.outcome());
		}
	}

	@ApplicationModuleListener
	void on(ApprovalReturned returned) {
		if (PurchaseRequest.TYPE.equals(returned.documentType())) {
			this.purchases.approvalReturned(returned.tenantId(), returned.documentId());
		}
		if (Requisition.TYPE.equals(returned.documentType())) {
			this.requisitions.approvalReturned(returned.tenantId(), returned.documentId());
		}
	}

}
