package cn.houqin.repairs.domain;

import java.time.LocalDate;

/**
 * A preventive plan as pages and the API show it.
 */
public record PlanView(long id, long version, String name, String location, Category category, Long assetId,
		long unitId, Long teamUnitId, IntervalKind intervalKind, int intervalCount, Season season, String checklist,
		int leadDays, LocalDate nextDue, boolean active, boolean overdue) {

	static PlanView of(Plan p, LocalDate today) {
		return new PlanView(p.getId(), p.getVersion(), p.getName(), p.getLocation(), p.getCategory(), p.getAssetId(),
				p.getUnitId(), p.getTeamUnitId(), p.getIntervalKind(), p.getIntervalCount(), p.getSeason(),
				p.getChecklist(), p.getLeadDays(), p.getNextDue(), p.isActive(),
				p.isActive() && p.getNextDue().isBefore(today));
	}

}
