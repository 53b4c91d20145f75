package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Damage through misuse (篇8 第八条): record it against the responsible person and decide the
 * compensation.
 */
@Service
@Transactional
public class DamageService {

	private final Damages damages;

	private final OrgApi org;

	DamageService(Damages damages, OrgApi org) {
		this.damages = damages;
		this.org = org;
	}

	public DamageView record(Actor actor, DamageDraft draft) {
		StaffSummary staff = draft.responsibleStaffId() == null ? null
				: this.org.staff(actor.tenantId(), draft.responsibleStaffId()).orElse(null);
		if (staff == null || !actor.scope().permitsUnit(staff.unitId())) {
			throw new BusinessRuleException("responsibleStaffId", "supplies.damage.error.unknownStaff");
		}
		if (draft.subject() == null || draft.subject().isBlank()) {
			throw new BusinessRuleException("subject", "supplies.error.required");
		}
		if (draft.description() == null || draft.description().isBlank()) {
			throw new BusinessRuleException("description", "supplies.error.required");
		}
		if (draft.damagedOn() == null) {
			throw new BusinessRuleException("damagedOn", "supplies.error.required");
		}
		if (draft.loss() == null || draft.loss().signum() < 0) {
			throw new BusinessRuleException("loss", "supplies.error.notNegative");
		}
		Damage saved = this.damages.save(new Damage(actor.tenantId(), staff.id(), staff.unitId(),
				draft.subject().trim(), draft.description().trim(), draft.damagedOn(), draft.loss()));
		return saved.view(staff.name());
	}

	public DamageView decide(Actor actor, long id, BigDecimal compensation, String decision) {
		Damage damage = visible(actor, id);
		damage.decide(compensation, decision, actor.userId());
		return view(this.damages.save(damage));
	}

	@Transactional(readOnly = true)
	public List<DamageView> list(Actor actor) {
		return this.damages.findByTenantIdOrderByIdDesc(actor.tenantId())
			.stream()
			.filter(d -> actor.scope().permitsUnit(d.getUnitId()))
			.map(this::view)
			.toList();
	}

	/**
	 * One page of the damage records in the actor's scope, with the responsible names.
	 */
	@Transactional(readOnly = true)
	public PageResult<DamageView> page(Actor actor, DamageFilter filter, Pageable pageable) {
		Page<Damage> page = this.damages.findAll(criteria(actor, filter), pageable);
		Map<Long, StaffSummary> staff = this.org.staff(actor.tenantId(),
				page.getContent().stream().map(Damage::getResponsibleStaffId).collect(Collectors.toSet()));
		return PageResult.of(page, d -> d
			.view(Optional.ofNullable(staff.get(d.getResponsibleStaffId())).map(StaffSummary::name).orElse("")));
	}

	/** Every damage record matching the filter (the Excel export), newest first. */
	@Transactional(readOnly = true)
	public List<DamageView> export(Actor actor, DamageFilter filter) {
		return page(actor, filter, PageRequest.of(0, 10_000, Sort.by(Sort.Direction.DESC, "damagedOn", "id"))).items();
	}

	@Transactional(readOnly = true)
	public DamageView view(Actor actor, long id) {
		return view(visible(actor, id));
	}

	private Specification<Damage> criteria(Actor actor, DamageFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), actor.tenantId()));
			if (!actor.scope().tenantWide()) {
				where.add(actor.scope().unitIds().isEmpty() ? cb.disjunction()
						: root.get("unitId").in(actor.scope().unitIds()));
			}
			if (filter.query() != null && !filter.query().isBlank()) {
				String like = "%" + filter.query().trim().toLowerCase() + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("subject")), like),
						cb.like(cb.lower(root.get("description")), like)));
			}
			if (filter.decided() != null) {
				where.add(filter.decided() ? cb.isNotNull(root.get("decidedAt")) : cb.isNull(root.get("decidedAt")));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("damagedOn"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("damagedOn"), filter.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private Damage visible(Actor actor, long id) {
		return this.damages.findByTenantIdAndId(actor.tenantId(), id)
			.filter(d -> actor.scope().permitsUnit(d.getUnitId()))
			.orElseThrow(() -> new NotFoundException("Damage", id));
	}

	private DamageView view(Damage damage) {
		return damage.view(this.org.staff(damage.getTenantId(), damage.getResponsibleStaffId())
			.map(StaffSummary::name)
			.orElse(""));
	}

}
