package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The repair statistics of a period: SLA compliance and times by urgency, category and
 * technician; satisfaction; cost by unit; recurring faults by location.
 *
 * @param from first day
 * @param to last day
 * @param byUrgency one row per urgency
 * @param byCategory one row per category
 * @param byTechnician one row per technician
 * @param byTeam one row per repair team (the plan's team, else the technician's unit)
 * @param ratings how many repairs got each rating, 1 to 5
 * @param averageRating the average rating, or {@code null} without ratings
 * @param costByUnit cost per unit, highest first
 * @param costByBuilding cost per building, highest first
 * @param recurring locations with repeated faults, most first
 */
public record RepairReport(LocalDate from, LocalDate to, List<SlaRow> byUrgency, List<SlaRow> byCategory,
		List<SlaRow> byTechnician, List<SlaRow> byTeam, long[] ratings, BigDecimal averageRating,
		List<CostRow> costByUnit, List<CostRow> costByBuilding, List<RecurringRow> recurring) {

	/** The largest rating count, for bar widths. */
	public long maxRatingCount() {
		long max = 1;
		for (long r : this.ratings) {
			max = Math.max(max, r);
		}
		return max;
	}

	/** A bar width in percent (up to 80) for a unit's cost against the highest. */
	public int costWidth(CostRow row) {
		return width(this.costByUnit, row);
	}

	/** A bar width in percent (up to 80) for a building's cost against the highest. */
	public int buildingCostWidth(CostRow row) {
		return width(this.costByBuilding, row);
	}

	private static int width(List<CostRow> rows, CostRow row) {
		BigDecimal max = rows.stream().map(CostRow::total).reduce(BigDecimal.ZERO, BigDecimal::max);
		return max.signum() == 0 ? 0
				: row.total()
					.multiply(BigDecimal.valueOf(80))
					.divide(max, 0, java.math.RoundingMode.HALF_UP)
					.intValue();
	}

	/** A bar width in percent (up to 80) for a location's faults against the most. */
	public int recurringWidth(RecurringRow row) {
		long max = this.recurring.stream().mapToLong(RecurringRow::count).max().orElse(1);
		return (int) (row.count() * 80 / Math.max(1, max));
	}

	/**
	 * A bar width in percent (up to 80) for an urgency's average fix time against the
	 * longest.
	 */
	public int fixHoursWidth(SlaRow row) {
		BigDecimal max = this.byUrgency.stream()
			.map(SlaRow::averageFixHours)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::max);
		return row.averageFixHours() == null || max.signum() == 0 ? 0
				: row.averageFixHours()
					.multiply(BigDecimal.valueOf(80))
					.divide(max, 0, java.math.RoundingMode.HALF_UP)
					.intValue();
	}

	/**
	 * SLA compliance of a group.
	 *
	 * @param key the urgency, category, technician or team name
	 * @param count work orders reported
	 * @param respondedOnTime responded within the deadline, in percent
	 * @param fixedOnTime fixed within the deadline, in percent
	 * @param averageRespondMinutes average minutes from report to response
	 * @param averageFixHours average hours from report to fix
	 * @param averageRating average rating, or {@code null}
	 */
	public record SlaRow(String key, long count, int respondedOnTime, int fixedOnTime, long averageRespondMinutes,
			BigDecimal averageFixHours, BigDecimal averageRating) {
	}

	/**
	 * @param name the unit charged or the building
	 * @param count work orders
	 * @param materials materials cost, in 元
	 * @param labour labour cost, in 元
	 * @param contractors contractor cost, in 元
	 * @param labourHours labour hours
	 * @param total materials plus labour plus contractors
	 */
	public record CostRow(String name, long count, BigDecimal materials, BigDecimal labour, BigDecimal contractors,
			BigDecimal labourHours, BigDecimal total) {
	}

	/**
	 * @param location the place
	 * @param category the most frequent category there
	 * @param count reports in the period
	 */
	public record RecurringRow(String location, Category category, long count) {
	}

}
