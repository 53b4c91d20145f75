package cn.houqin.repairs.domain;

import java.time.LocalDate;

/**
 * Command: a preventive plan as entered.
 *
 * @param name what the plan is
 * @param location facility (building, room)
 * @param category kind of work
 * @param assetId the asset it maintains, or {@code null}
 * @param teamUnitId the team that does it, or {@code null}
 * @param intervalKind days, weeks, months or season
 * @param intervalCount every how many
 * @param season the season, for seasonal plans
 * @param checklist one check per line
 * @param leadDays how many days ahead the work order is made
 * @param firstDue the first due date
 */
public record PlanDraft(String name, String location, Category category, Long assetId, Long teamUnitId,
		IntervalKind intervalKind, int intervalCount, Season season, String checklist, int leadDays,
		LocalDate firstDue) {

}
