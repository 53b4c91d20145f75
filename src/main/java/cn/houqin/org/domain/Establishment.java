package cn.houqin.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Approved headcount (编制) of one position in one unit: 以岗定员 (篇1). Staffing beyond it is
 * flagged, not refused.
 */
@Entity
@Table(name = "org_establishment")
@Audited("org.establishment")
class Establishment extends Aggregate<Establishment> {

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "position_id")
	private long positionId;

	@Column(name = "approved_headcount")
	private int approvedHeadcount;

	protected Establishment() {
	}

	Establishment(long tenantId, long unitId, long positionId, int approvedHeadcount) {
		super(tenantId);
		this.unitId = unitId;
		this.positionId = positionId;
		approve(approvedHeadcount);
	}

	void approve(int headcount) {
		if (headcount < 0) {
			throw new BusinessRuleException("approvedHeadcount", "org.establishment.error.negative");
		}
		this.approvedHeadcount = headcount;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public long getPositionId() {
		return this.positionId;
	}

	public int getApprovedHeadcount() {
		return this.approvedHeadcount;
	}

}
