package cn.houqin.assets.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.assets.domain.CategoryService;
import cn.houqin.assets.domain.AssetCategoryView;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Options of the assets forms: units in scope, categories, and people by employee number.
 */
@Component
class Choices {

	private final OrgApi org;

	private final CategoryService categories;

	Choices(OrgApi org, CategoryService categories) {
		this.org = org;
		this.categories = categories;
	}

	List<UnitSummary> units(DataScope scope) {
		return this.org.units(scope.tenantId())
			.stream()
			.filter(UnitSummary::active)
			.filter(u -> scope.permitsUnit(u.id()))
			.toList();
	}

	List<UnitSummary> allUnits(long tenantId) {
		return this.org.units(tenantId).stream().filter(UnitSummary::active).toList();
	}

	List<AssetCategoryView> categories(long tenantId) {
		return this.categories.all(tenantId);
	}

	/** The person with this employee number, on duty; refused on {@code field}. */
	Long staffId(long tenantId, String employeeNo, String field) {
		if (employeeNo == null || employeeNo.isBlank()) {
			return null;
		}
		StaffSummary staff = this.org.staffByEmployeeNo(tenantId, employeeNo.trim())
			.orElseThrow(() -> new BusinessRuleException(field, "assets.error.unknownStaff"));
		if (staff.status() != StaffStatus.ON_DUTY) {
			throw new BusinessRuleException(field, "assets.error.staffNotActive", staff.name());
		}
		return staff.id();
	}

}
