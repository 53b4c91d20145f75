package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.org.UnitSummary;

/**
 * Turns a policy, an amount and the requesting unit into people: picks the tier, then for
 * each step the holder of the role where the step says to look. Nobody approves their own
 * request: when the requester is the only holder found, the step moves to the next holder
 * up the tree and says so.
 */
@Component
class RoutePlanner {

	static final String ESCALATED = "approval.route.note.escalated";

	static final String DEPT_LEADER = "approval.route.note.deptLeader";

	private final OrgApi org;

	private final AccessApi access;

	RoutePlanner(OrgApi org, AccessApi access) {
		this.org = org;
		this.access = access;
	}

	RoutePlan plan(long tenantId, PolicyRules rules, BigDecimal amount, long unitId, long requesterUserId) {
		if (amount == null || amount.signum() < 0) {
			return RoutePlan.refused("approval.route.refused.amount");
		}
		Optional<PolicyTier> tier = rules.tierFor(amount);
		if (tier.isEmpty()) {
			// 篇1 政府采购, 篇3 (二十): beyond the unit's own authority, 集中采购机构采购
			return RoutePlan.refused("approval.route.refused.overLimit", amount,
					rules.ceiling().orElse(BigDecimal.ZERO));
		}
		List<PlannedStep> steps = new ArrayList<>();
		if (rules.deptLeaderFirst()) {
			// 篇8 第二条: 经各站所分管领导同意后 — only where the unit has such a leader besides the
			// requester
			this.access.holders(tenantId, PolicyRules.DEPT_LEADER_ROLE, unitId)
				.stream()
				.filter(holder -> holder.id() != requesterUserId)
				.findFirst()
				.ifPresent(holder -> steps
					.add(new PlannedStep(PolicyRules.DEPT_LEADER_ROLE, unitId, holder.id(), false, DEPT_LEADER, null)));
		}
		for (PolicyStep step : tier.get().steps()) {
			Optional<PlannedStep> planned = resolve(tenantId, step, unitId, requesterUserId);
			if (planned.isEmpty()) {
				long where = step.source() == StepSource.FIXED_UNIT ? step.fixedUnitId() : unitId;
				return RoutePlan.refused("approval.route.refused.noHolder", RoleLabel.of(step.roleCode()),
						unitName(tenantId, where));
			}
			steps.add(planned.get());
		}
		return RoutePlan.of(steps);
	}

	private Optional<PlannedStep> resolve(long tenantId, PolicyStep step, long unitId, long requesterUserId) {
		long start = step.source() == StepSource.FIXED_UNIT ? step.fixedUnitId() : unitId;
		List<UnitSummary> chain = this.org.unitAndAncestors(tenantId, start);
		boolean walkUp = step.source() == StepSource.NEAREST_ANCESTOR_WITH_HOLDER;
		String selfUnit = null;
		for (int i = 0; i < chain.size(); i++) {
			if (i > 0 && !walkUp && selfUnit == null) {
				break;
			}
			UnitSummary unit = chain.get(i);
			List<UserSummary> holders = this.access.holders(tenantId, step.roleCode(), unit.id());
			if (holders.isEmpty()) {
				continue;
			}
			Optional<UserSummary> other = holders.stream().filter(h -> h.id() != requesterUserId).findFirst();
			if (other.isPresent()) {
				return Optional.of(new PlannedStep(step.roleCode(), unit.id(), other.get().id(), step.committee(),
						selfUnit == null ? null : ESCALATED, selfUnit));
			}
			if (selfUnit == null) {
				selfUnit = unit.name();
			}
		}
		return Optional.empty();
	}

	private String unitName(long tenantId, long unitId) {
		return this.org.unit(tenantId, unitId).map(UnitSummary::name).orElse(String.valueOf(unitId));
	}

}
