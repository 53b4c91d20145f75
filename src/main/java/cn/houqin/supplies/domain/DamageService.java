package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

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
		if (staff == null) {
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
