package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.SuppliesApi;
import cn.houqin.supplies.SuppliesApi.IssueMaterials;
import cn.houqin.supplies.SuppliesApi.MaterialsIssued;

/**
 * Materials issued from the supplies store against a work order. The store refuses short
 * stock; the order records what was issued.
 */
@Component
public class Materials {

	static final String DOCUMENT_TYPE = "REPAIR_WORK_ORDER";

	private final SuppliesApi supplies;

	public Materials(SuppliesApi supplies) {
		this.supplies = supplies;
	}

	public List<SuppliesApi.ItemStock> stockedItems(long tenantId, String query) {
		return this.supplies.stockedItems(tenantId, query, 20);
	}

	/** Issues the lines and records them on the order; nothing when the store refuses. */
	MaterialsIssued issue(WorkOrder order, long userId, List<IssueMaterials.Line> lines) {
		if (lines.isEmpty() || lines.stream().anyMatch(l -> l.quantity() == null || l.quantity().signum() <= 0)) {
			throw new BusinessRuleException("quantity", "repairs.error.quantity");
		}
		if (!order.getStatus().open()) {
			throw new BusinessRuleException("repairs.error.state", order.getStatus().name());
		}
		MaterialsIssued issued = this.supplies.issueMaterials(new IssueMaterials(order.getTenantId(), DOCUMENT_TYPE,
				order.getId(), order.getOrderNo(), order.getUnitId(), userId, lines));
		order.recordMaterials(issued);
		return issued;
	}

	static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
