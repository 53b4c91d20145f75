package cn.houqin.org.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.security.UnitHierarchy;

/**
 * Read access to tenants, units and staff for other modules (through {@code OrgApi}) and
 * the subtree resolution behind every data scope.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory implements UnitHierarchy {

	private final Tenants tenants;

	private final OrgUnits units;

	private final StaffMembers staff;

	private final Ranks ranks;

	private final Positions positions;

	OrgDirectory(Tenants tenants, OrgUnits units, StaffMembers staff, Ranks ranks, Positions positions) {
		this.tenants = tenants;
		this.units = units;
		this.staff = staff;
		this.ranks = ranks;
		this.positions = positions;
	}

	@Override
	public Set<Long> subtreesOf(long tenantId, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> out = new HashSet<>();
		for (OrgUnit unit : this.units.findByTenantIdAndIdIn(tenantId, unitIds)) {
			out.addAll(this.units.idsUnder(tenantId, unit.getPath()));
		}
		return out;
	}

	/** On-duty staff of a unit and every unit below it. */
	public long headcount(long tenantId, long unitId) {
		Set<Long> units = subtreesOf(tenantId, List.of(unitId));
		return units.isEmpty() ? 0
				: this.staff.countByTenantIdAndUnitIdInAndStatus(tenantId, units, StaffStatus.ON_DUTY);
	}

	public Optional<Long> tenantIdByCode(String code) {
		return this.tenants.findByCode(code).map(Tenant::getId);
	}

	public Optional<String> tenantName(long tenantId) {
		return this.tenants.findById(tenantId).map(Tenant::getName);
	}

	@Transactional
	public long createTenant(String code, String name) {
		long tenantId = this.tenants.save(new Tenant(code, name)).getId();
		this.ranks.saveAll(TenantDefaults.ranks(tenantId));
		this.positions.saveAll(TenantDefaults.positions(tenantId));
		return tenantId;
	}

	public Optional<UnitSummary> unit(long tenantId, long unitId) {
		return this.units.findByTenantIdAndId(tenantId, unitId).map(OrgDirectory::summary);
	}

	public Optional<UnitSummary> unitByCode(long tenantId, String code) {
		return this.units.findByTenantIdAndCode(tenantId, code).map(OrgDirectory::summary);
	}

	public List<UnitSummary> units(long tenantId) {
		return this.units.findByTenantIdOrderByPathAscSortOrderAsc(tenantId)
			.stream()
			.map(OrgDirectory::summary)
			.toList();
	}

	public List<UnitSummary> unitAndAncestors(long tenantId, long unitId) {
		return this.units.findByTenantIdAndId(tenantId, unitId).map(unit -> {
			List<Long> ids = java.util.Arrays.stream(unit.getPath().split("/"))
				.filter(part -> !part.isEmpty())
				.map(Long::valueOf)
				.toList();
			Map<Long, OrgUnit> byId = this.units.findByTenantIdAndIdIn(tenantId, ids)
				.stream()
				.collect(Collectors.toMap(OrgUnit::getId, java.util.function.Function.identity()));
			List<UnitSummary> chain = new java.util.ArrayList<>();
			for (int i = ids.size() - 1; i >= 0; i--) {
				chain.add(summary(byId.get(ids.get(i))));
			}
			return chain;
		}).orElse(List.of());
	}

	public Map<Long, String> unitNames(long tenantId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.units.findByTenantIdAndIdIn(tenantId, ids)
			.stream()
			.collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
	}

	public Optional<StaffSummary> staff(long tenantId, long staffId) {
		return this.staff.findByTenantIdAndId(tenantId, staffId).map(s -> summary(tenantId, s));
	}

	public Optional<StaffSummary> staffByEmployeeNo(long tenantId, String employeeNo) {
		return this.staff.findByTenantIdAndEmployeeNo(tenantId, employeeNo).map(s -> summary(tenantId, s));
	}

	public Map<Long, StaffSummary> staff(long tenantId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<StaffMember> members = this.staff.findByTenantIdAndIdIn(tenantId, ids);
		Map<Long, String> unitNames = unitNames(tenantId,
				members.stream().map(StaffMember::getUnitId).collect(Collectors.toSet()));
		return members.stream()
			.collect(Collectors.toMap(StaffMember::getId, s -> new StaffSummary(s.getId(), tenantId, s.getEmployeeNo(),
					s.getName(), s.getUnitId(), unitNames.get(s.getUnitId()), s.getStatus())));
	}

	private StaffSummary summary(long tenantId, StaffMember s) {
		String unitName = this.units.findById(s.getUnitId()).map(OrgUnit::getName).orElse(null);
		return new StaffSummary(s.getId(), tenantId, s.getEmployeeNo(), s.getName(), s.getUnitId(), unitName,
				s.getStatus());
	}

	private static UnitSummary summary(OrgUnit unit) {
		return new UnitSummary(unit.getId(), unit.getTenantId(), unit.getParentId(), unit.getCode(), unit.getName(),
				unit.getType().name(), unit.isActive());
	}

}
