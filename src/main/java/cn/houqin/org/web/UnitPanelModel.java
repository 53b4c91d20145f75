package cn.houqin.org.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.domain.OrgDirectory;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.StaffQuery;
import cn.houqin.org.domain.StaffService;
import cn.houqin.org.domain.UnitView;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.Paging;

/**
 * What the unit detail panel shows: the unit, its establishment (编制) with over-staffed
 * positions flagged, its on-duty headcount (with the units below), and for managers the
 * candidates for head and the positions whose headcount may be approved.
 */
@Component
class UnitPanelModel {

	private final OrgUnitService units;

	private final StaffService staff;

	private final OrgDirectory directory;

	UnitPanelModel(OrgUnitService units, StaffService staff, OrgDirectory directory) {
		this.units = units;
		this.staff = staff;
		this.directory = directory;
	}

	void populate(Model model, DataScope scope, long unitId) {
		UnitView unit = this.units.view(scope, unitId);
		String headName = unit.headStaffId() == null ? null
				: this.directory.staff(scope.tenantId(), unit.headStaffId()).map(StaffSummary::name).orElse(null);
		model.addAttribute("unit", unit);
		model.addAttribute("headName", headName);
		model.addAttribute("establishment", this.units.establishment(scope, unitId));
		StaffQuery onDuty = new StaffQuery(null, unitId, StaffStatus.ON_DUTY, null);
		model.addAttribute("staffCount", this.staff.list(scope, onDuty, PageRequest.of(0, 1)).total());
		if (DataScopes.currentUser().can("org.unit.manage")) {
			model.addAttribute("headCandidates",
					this.staff.list(scope, onDuty, PageRequest.of(0, Paging.MAX_SIZE, Sort.by("name")))
						.items()
						.stream()
						.filter(row -> row.unitId() == unitId)
						.toList());
			model.addAttribute("positions", this.units.positions(scope.tenantId()));
		}
	}

}
