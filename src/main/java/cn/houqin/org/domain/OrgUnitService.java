package cn.houqin.org.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.StaffStatus;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * The org-unit tree: browse within scope, create, rename, move with the subtree, appoint
 * a head, deactivate, and the establishment (编制) of each unit.
 */
@Service
@Transactional
public class OrgUnitService {

	private final OrgUnits units;

	private final Positions positions;

	private final Establishments establishments;

	private final StaffMembers staff;

	private final Ranks ranks;

	OrgUnitService(OrgUnits units, Positions positions, Establishments establishments, StaffMembers staff,
			Ranks ranks) {
		this.units = units;
		this.ranks = ranks;
		this.positions = positions;
		this.establishments = establishments;
		this.staff = staff;
	}

	/**
	 * The visible part of the tree: roots are visible units whose parent is not visible.
	 */
	@Transactional(readOnly = true)
	public List<UnitNode> tree(DataScope scope) {
		List<OrgUnit> all = this.units.findByTenantIdOrderByPathAscSortOrderAsc(scope.tenantId());
		Map<Long, UnitNode> visible = new LinkedHashMap<>();
		for (OrgUnit unit : all) {
			if (scope.permitsUnit(unit.getId())) {
				visible.put(unit.getId(), new UnitNode(unit));
			}
		}
		Comparator<UnitNode> order = Comparator.comparing(UnitNode::code);
		List<UnitNode> roots = new java.util.ArrayList<>();
		for (UnitNode node : visible.values()) {
			UnitNode parent = node.parentId() == null ? null : visible.get(node.parentId());
			(parent == null ? roots : parent.children()).add(node);
		}
		visible.values().forEach(node -> node.children().sort(order));
		roots.sort(order);
		return roots;
	}

	/** Visible units in tree order, each with its depth, for pick lists. */
	@Transactional(readOnly = true)
	public List<UnitChoice> choices(DataScope scope) {
		List<UnitChoice> out = new java.util.ArrayList<>();
		tree(scope).forEach(root -> flatten(root, 0, out));
		return out;
	}

	private static void flatten(UnitNode node, int depth, List<UnitChoice> out) {
		out.add(new UnitChoice(node.id(), node.name(), depth, node.active()));
		node.children().forEach(child -> flatten(child, depth + 1, out));
	}

	@Transactional(readOnly = true)
	public UnitView view(DataScope scope, long id) {
		return UnitView.of(get(scope, id));
	}

	/** Positions of the tenant, for pick lists. */
	@Transactional(readOnly = true)
	public java.util.List<ReferenceItem> positions(long tenantId) {
		return this.positions.findByTenantIdOrderByCode(tenantId)
			.stream()
			.map(p -> new ReferenceItem(p.getId(), p.getCode(), p.getName()))
			.toList();
	}

	/** Ranks of the tenant in rank order, for pick lists. */
	@Transactional(readOnly = true)
	public java.util.List<ReferenceItem> ranks(long tenantId) {
		return this.ranks.findByTenantIdOrderBySortOrder(tenantId)
			.stream()
			.map(r -> new ReferenceItem(r.getId(), r.getCode(), r.getName()))
			.toList();
	}

	OrgUnit get(DataScope scope, long id) {
		return this.units.findByTenantIdAndId(scope.tenantId(), id)
			.filter(unit -> scope.permitsUnit(unit.getId()))
			.orElseThrow(() -> new NotFoundException("OrgUnit", id));
	}

	public UnitView create(DataScope scope, NewUnit command) {
		OrgUnit parent = null;
		if (command.parentId() != null) {
			parent = get(scope, command.parentId());
		}
		else if (!scope.tenantWide()) {
			throw new BusinessRuleException("parentId", "org.unit.error.rootNeedsTenantScope");
		}
		requireFreeCode(scope.tenantId(), command.code(), null);
		OrgUnit unit = this.units.saveAndFlush(new OrgUnit(scope.tenantId(), parent, command.code().trim(),
				command.name().trim(), command.type(), command.sortOrder()));
		unit.completePath();
		return UnitView.of(this.units.save(unit));
	}

	public UnitView update(DataScope scope, long id, long version, NewUnit command) {
		OrgUnit unit = get(scope, id);
		unit.checkVersion(version);
		requireFreeCode(scope.tenantId(), command.code(), id);
		unit.rename(command.code().trim(), command.name().trim(), command.type(), command.sortOrder());
		Long newParent = command.parentId();
		if (!java.util.Objects.equals(newParent, unit.getParentId())) {
			move(scope, unit, newParent);
		}
		return UnitView.of(this.units.save(unit));
	}

	private void move(DataScope scope, OrgUnit unit, Long newParentId) {
		OrgUnit parent = newParentId == null ? null : get(scope, newParentId);
		if (parent == null && !scope.tenantWide()) {
			throw new BusinessRuleException("parentId", "org.unit.error.rootNeedsTenantScope");
		}
		String oldPath = unit.moveUnder(parent);
		this.units.saveAndFlush(unit);
		this.units.movePaths(scope.tenantId(), oldPath, unit.getPath());
	}

	public void appointHead(DataScope scope, long unitId, Long staffId) {
		OrgUnit unit = get(scope, unitId);
		if (staffId != null) {
			StaffMember head = this.staff.findByTenantIdAndId(scope.tenantId(), staffId)
				.filter(s -> s.getStatus() == StaffStatus.ON_DUTY)
				.orElseThrow(() -> new BusinessRuleException("headStaffId", "org.unit.error.headNotOnDuty"));
			staffId = head.getId();
		}
		unit.appointHead(staffId);
		this.units.save(unit);
	}

	public void setActive(DataScope scope, long unitId, boolean active) {
		OrgUnit unit = get(scope, unitId);
		if (!active) {
			Set<Long> below = new HashSet<>(this.units.idsUnder(scope.tenantId(), unit.getPath()));
			long onDuty = this.staff.count(
					StaffSpecifications.matching(scope, new StaffQuery(null, null, StaffStatus.ON_DUTY, null), below));
			if (onDuty > 0) {
				throw new BusinessRuleException("org.unit.error.hasStaff", onDuty);
			}
			unit.deactivate();
		}
		else {
			unit.activate();
		}
		this.units.save(unit);
	}

	@Transactional(readOnly = true)
	public List<EstablishmentLine> establishment(DataScope scope, long unitId) {
		OrgUnit unit = get(scope, unitId);
		Map<Long, Long> actual = this.staff.headcountByPosition(scope.tenantId(), unit.getId(), StaffStatus.ON_DUTY)
			.stream()
			.collect(Collectors.toMap(StaffMembers.PositionHeadcount::getPositionId,
					StaffMembers.PositionHeadcount::getHeadcount));
		Map<Long, Integer> approved = new HashMap<>();
		this.establishments.findByTenantIdAndUnitId(scope.tenantId(), unit.getId())
			.forEach(e -> approved.put(e.getPositionId(), e.getApprovedHeadcount()));
		Set<Long> positionIds = new HashSet<>(approved.keySet());
		positionIds.addAll(actual.keySet());
		Map<Long, Position> byId = this.positions.findAllById(positionIds)
			.stream()
			.collect(Collectors.toMap(Position::getId, Function.identity()));
		return positionIds.stream()
			.filter(byId::containsKey)
			.map(id -> new EstablishmentLine(id, byId.get(id).getName(), approved.getOrDefault(id, 0),
					actual.getOrDefault(id, 0L)))
			.sorted(Comparator.comparing(EstablishmentLine::positionName))
			.toList();
	}

	public void approveHeadcount(DataScope scope, long unitId, long positionId, int headcount) {
		OrgUnit unit = get(scope, unitId);
		Position position = this.positions.findByTenantIdAndId(scope.tenantId(), positionId)
			.orElseThrow(() -> new BusinessRuleException("positionId", "org.establishment.error.position"));
		Establishment line = this.establishments
			.findByTenantIdAndUnitIdAndPositionId(scope.tenantId(), unit.getId(), position.getId())
			.orElse(null);
		if (line == null) {
			line = new Establishment(scope.tenantId(), unit.getId(), position.getId(), headcount);
		}
		else {
			line.approve(headcount);
		}
		this.establishments.save(line);
	}

	private void requireFreeCode(long tenantId, String code, Long except) {
		this.units.findByTenantIdAndCode(tenantId, code.trim())
			.filter(other -> !other.getId().equals(except))
			.ifPresent(other -> {
				throw new BusinessRuleException("code", "org.unit.error.codeTaken", code);
			});
	}

}
