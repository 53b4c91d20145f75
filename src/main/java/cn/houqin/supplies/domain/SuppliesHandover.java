package cn.houqin.supplies.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.org.HandoverCheck;

/**
 * A staff member's transfer or departure waits until their open requisitions and the
 * purchases they handle are settled (篇8 第八条: 人员调任或离任时,做好交接).
 */
@Component
class SuppliesHandover implements HandoverCheck {

	private final RequisitionService requisitions;

	private final PurchaseService purchases;

	SuppliesHandover(RequisitionService requisitions, PurchaseService purchases) {
		this.requisitions = requisitions;
		this.purchases = purchases;
	}

	@Override
	public List<HandoverItem> openItems(long tenantId, long staffId) {
		List<HandoverItem> open = new ArrayList<>();
		this.requisitions.openOf(tenantId, staffId)
			.forEach(r -> open.add(new HandoverItem("supplies.handover.requisition", r.number() + " " + r.purpose(),
					"/supplies/requisitions/" + r.id())));
		this.purchases.openHandledBy(tenantId, staffId)
			.forEach(p -> open.add(new HandoverItem("supplies.handover.purchase", p.number() + " " + p.reason(),
					"/supplies/purchases/" + p.id())));
		return open;
	}

}
