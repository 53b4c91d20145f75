package cn.houqin.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.houqin.org.domain.OrgDirectory;

/**
 * What other modules may ask of the organisation: tenants, units and staff members.
 */
@Component
public class OrgApi {

	private final OrgDirectory directory;

	OrgApi(OrgDirectory directory) {
		this.directory = directory;
	}

	public Optional<Long> tenantIdByCode(String code) {
		return this.directory.tenantIdByCode(code);
	}

	public Optional<String> tenantName(long tenantId) {
		return this.directory.tenantName(tenantId);
	}

	public long createTenant(String code, String name) {
		return this.directory.createTenant(code, name);
	}

	public Optional<UnitSummary> unit(long tenantId, long unitId) {
		return this.directory.unit(tenantId, unitId);
	}

	public Optional<UnitSummary> unitByCode(long tenantId, String code) {
		return this.directory.unitByCode(tenantId, code);
	}

	public List<UnitSummary> units(long tenantId) {
		return this.directory.units(tenantId);
	}

	/** The unit and its ancestors, nearest first, up to the root. */
	public List<UnitSummary> unitAndAncestors(long tenantId, long unitId) {
		return this.directory.unitAndAncestors(tenantId, unitId);
	}

	public Map<Long, String> unitNames(long tenantId, Collection<Long> unitIds) {
		return this.directory.unitNames(tenantId, unitIds);
	}

	public Optional<StaffSummary> staff(long tenantId, long staffId) {
		return this.directory.staff(tenantId, staffId);
	}

	public Optional<StaffSummary> staffByEmployeeNo(long tenantId, String employeeNo) {
		return this.directory.staffByEmployeeNo(tenantId, employeeNo);
	}

	public Map<Long, StaffSummary> staff(long tenantId, Collection<Long> staffIds) {
		return this.directory.staff(tenantId, staffIds);
	}

	/**
	 * The headcount of a unit for equipment standards: on-duty staff of the unit and
	 * every unit below it.
	 */
	public long headcount(long tenantId, long unitId) {
		return this.directory.headcount(tenantId, unitId);
	}

}
