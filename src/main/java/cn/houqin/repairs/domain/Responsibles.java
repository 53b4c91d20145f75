package cn.houqin.repairs.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.org.UnitSummary;

/**
 * Who answers for repairs of a unit: the holders of a role anywhere in the unit's
 * institution (the hospital, the school), e.g. its 总务科 dispatchers, its 维修班 technicians,
 * its leaders.
 */
@Component
public class Responsibles {

	private final OrgApi org;

	private final AccessApi access;

	Responsibles(OrgApi org, AccessApi access) {
		this.org = org;
		this.access = access;
	}

	public List<UserSummary> holders(long tenantId, long unitId, String... roleCodes) {
		List<Long> units = institutionUnits(tenantId, unitId);
		Map<Long, UserSummary> found = new LinkedHashMap<>();
		for (String role : roleCodes) {
			for (long unit : units) {
				this.access.holders(tenantId, role, unit).forEach(u -> found.putIfAbsent(u.id(), u));
			}
		}
		return List.copyOf(found.values());
	}

	/** The holders of a role in every unit of the tenant. */
	public List<UserSummary> holdersInTenant(long tenantId, String roleCode) {
		Map<Long, UserSummary> found = new LinkedHashMap<>();
		for (UnitSummary unit : this.org.units(tenantId)) {
			this.access.holders(tenantId, roleCode, unit.id()).forEach(u -> found.putIfAbsent(u.id(), u));
		}
		return List.copyOf(found.values());
	}

	/** The nearest institution above (or at) the unit, and every unit below it. */
	List<Long> institutionUnits(long tenantId, long unitId) {
		List<UnitSummary> chain = this.org.unitAndAncestors(tenantId, unitId);
		long anchor = chain.stream()
			.filter(u -> "INSTITUTION".equals(u.type()))
			.findFirst()
			.map(UnitSummary::id)
			.orElse(chain.isEmpty() ? unitId : chain.get(chain.size() - 1).id());
		List<UnitSummary> all = this.org.units(tenantId);
		List<Long> result = new ArrayList<>();
		result.add(anchor);
		for (int i = 0; i < result.size(); i++) {
			long parent = result.get(i);
			all.stream().filter(u -> u.parentId() != null && u.parentId() == parent).forEach(u -> result.add(u.id()));
		}
		return result;
	}

}
