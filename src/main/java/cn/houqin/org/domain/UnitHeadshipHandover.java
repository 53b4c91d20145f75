package cn.houqin.org.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.org.HandoverCheck;

/**
 * A staff member who heads a unit cannot leave it until another head is appointed.
 */
@Component
class UnitHeadshipHandover implements HandoverCheck {

	private final OrgUnits units;

	UnitHeadshipHandover(OrgUnits units) {
		this.units = units;
	}

	@Override
	public List<HandoverItem> openItems(long tenantId, long staffId) {
		return this.units.findByTenantIdAndHeadStaffId(tenantId, staffId)
			.stream()
			.map(unit -> new HandoverItem("org.handover.unitHead", unit.getName(),
					"/org/units?selected=" + unit.getId()))
			.toList();
	}

}
