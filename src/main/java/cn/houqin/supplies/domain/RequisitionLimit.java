package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * An item's requisition limits (supplies.md: a requisition above a per-item or per-month
 * limit needs approval). Either limit may be absent; reaching a limit exactly needs no
 * approval, going over it does.
 */
@Entity
@Table(name = "sup_requisition_limit")
@Audited("supplies.limit")
class RequisitionLimit extends Aggregate<RequisitionLimit> {

	@Column(name = "item_id")
	private long itemId;

	private BigDecimal maxPerRequisition;

	private BigDecimal maxPerMonth;

	protected RequisitionLimit() {
	}

	RequisitionLimit(long tenantId, long itemId, BigDecimal maxPerRequisition, BigDecimal maxPerMonth) {
		super(tenantId);
		this.itemId = itemId;
		change(maxPerRequisition, maxPerMonth);
	}

	/** Sets both limits; at least one, each more than zero. */
	void change(BigDecimal maxPerRequisition, BigDecimal maxPerMonth) {
		if (maxPerRequisition == null && maxPerMonth == null) {
			throw new BusinessRuleException("maxPerRequisition", "supplies.limit.error.none");
		}
		if (maxPerRequisition != null) {
			Quantities.requirePositive(maxPerRequisition, "maxPerRequisition");
		}
		if (maxPerMonth != null) {
			Quantities.requirePositive(maxPerMonth, "maxPerMonth");
		}
		this.maxPerRequisition = Quantities.of(maxPerRequisition);
		this.maxPerMonth = Quantities.of(maxPerMonth);
	}

	/**
	 * The limits a requested quantity goes over.
	 * @param requested the quantity of this requisition
	 * @param usedThisMonth what the same person already requisitioned of the item in the
	 * calendar month, not counting cancelled or refused requisitions
	 * @return one breach per limit gone over, none when within both
	 */
	List<RequisitionBreach> breaches(BigDecimal requested, BigDecimal usedThisMonth) {
		List<RequisitionBreach> found = new ArrayList<>();
		if (this.maxPerRequisition != null && requested.compareTo(this.maxPerRequisition) > 0) {
			found.add(new RequisitionBreach(this.itemId, LimitKind.PER_REQUISITION, this.maxPerRequisition,
					BigDecimal.ZERO, requested));
		}
		if (this.maxPerMonth != null && usedThisMonth.add(requested).compareTo(this.maxPerMonth) > 0) {
			found.add(new RequisitionBreach(this.itemId, LimitKind.PER_MONTH, this.maxPerMonth, usedThisMonth,
					requested));
		}
		return found;
	}

	long getItemId() {
		return this.itemId;
	}

	BigDecimal getMaxPerRequisition() {
		return this.maxPerRequisition;
	}

	BigDecimal getMaxPerMonth() {
		return this.maxPerMonth;
	}

}
