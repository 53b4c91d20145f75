package cn.houqin.org.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.domain.OrgDirectory;
import cn.houqin.org.domain.OrgUnit;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.ReferenceData;
import cn.houqin.org.domain.StaffQuery;
import cn.houqin.org.domain.StaffService;
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

	private final ReferenceData references;

	UnitPanelModel(OrgUnitService units, StaffService staff, OrgDirectory directory, ReferenceData references) {
		this.units = units;
		this.staff = staff;
		this.directory = directory;
		this.references = references;
	}

	void populate(Model model, DataScope scope, long unitId) {
		OrgUnit unit = this.units.get(scope, unitId);
		String headName = unit.getHeadStaffId() == null ? null
				: this.directory.staff(scope.tenantId(), unit.getHeadStaffId()).map(StaffSummary::name).orElse(null);
		model.addAttribute("unit", UnitView.of(unit, headName));
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
			model.addAttribute("positions", this.references.positions(scope.tenantId()));
		}
	}

}
