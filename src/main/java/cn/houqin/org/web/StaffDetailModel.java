package cn.houqin.org.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.houqin.org.HandoverCheck.HandoverItem;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.domain.OrgDirectory;
import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * What the staff detail page shows: the member (ID card masked), the pending move with
 * its open handover items, and the transfer and departure forms for users who may move
 * staff.
 */
@Component
class StaffDetailModel {

	static final String VIEW = "org/staff/detail";

	static final List<StaffStatus> EXIT_STATUSES = List.of(StaffStatus.TRANSFERRED_OUT, StaffStatus.RESIGNED,
			StaffStatus.RETIRED);

	private final StaffService staff;

	private final OrgDirectory directory;

	private final DataScopes scopes;

	private final cn.houqin.org.domain.OrgUnitService units;

	StaffDetailModel(StaffService staff, OrgDirectory directory, DataScopes scopes,
			cn.houqin.org.domain.OrgUnitService units) {
		this.staff = staff;
		this.directory = directory;
		this.scopes = scopes;
		this.units = units;
	}

	void populate(Model model, long id) {
		DataScope scope = this.scopes.forPermission("org.staff.view");
		StaffRow member = this.staff.view(scope, id);
		model.addAttribute("staff", member);
		if (member.moveToUnitId() != null) {
			model.addAttribute("moveToUnitName",
					this.directory.unitNames(scope.tenantId(), List.of(member.moveToUnitId()))
						.get(member.moveToUnitId()));
		}
		List<HandoverItem> open = member.pendingMove() == null ? List.of() : this.staff.openHandover(scope, id);
		model.addAttribute("handoverItems", open);
		model.addAttribute("exitStatuses", EXIT_STATUSES);
		CurrentUser user = DataScopes.currentUser();
		if (user.can("org.staff.move")) {
			model.addAttribute("moveUnits", this.units.choices(this.scopes.forPermission(user, "org.staff.move")));
		}
		if (!model.containsAttribute("transferForm")) {
			model.addAttribute("transferForm", new TransferForm());
		}
		if (!model.containsAttribute("departureForm")) {
			model.addAttribute("departureForm", new DepartureForm());
		}
	}

}
