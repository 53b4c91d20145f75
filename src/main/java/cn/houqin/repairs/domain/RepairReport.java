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
 * @param ratings how many repairs got each rating, 1 to 5
 * @param averageRating the average rating, or {@code null} without ratings
 * @param costByUnit cost per unit, highest first
 * @param recurring locations with repeated faults, most first
 */
public record RepairReport(LocalDate from, LocalDate to, List<SlaRow> byUrgency, List<SlaRow> byCategory,
		List<SlaRow> byTechnician, long[] ratings, BigDecimal averageRating, List<CostRow> costByUnit,
		List<RecurringRow> recurring) {

	/** The largest rating count, for bar widths. */
	public long maxRatingCount() {
		long max = 1;
		for (long r : this.ratings) {
			max = Math.max(max, r);
		}
		return max;
	}

	/**
	 * SLA compliance of a group.
	 *
	 * @param key the urgency, category or technician name
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
	 * @param unitName the unit charged
	 * @param count work orders
	 * @param materials materials cost, in 元
	 * @param contractors contractor cost, in 元
	 * @param labourHours labour hours
	 * @param total materials plus contractors
	 */
	public record CostRow(String unitName, long count, BigDecimal materials, BigDecimal contractors,
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
