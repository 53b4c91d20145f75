package cn.houqin.conduct;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * A tenant's conduct rules as data, by default the seed's (篇2 细则一): the appeal window in
 * working days (第十九条), the level bounds with explicit lower and upper ends (第二十条), the
 * allowed point values (第六条), the default validation date of the yearly cycle (第十三条) and
 * the disclosure period (第十八条).
 *
 * @param appealWorkingDays working days after receipt within which an appeal is accepted
 * @param l1Min lowest total of level 1
 * @param l1Max highest total of level 1
 * @param l2Min lowest total of level 2
 * @param l2Max highest total of level 2
 * @param l3Total lowest total of level 3
 * @param l3Single a single record of at least this many points reaches level 3
 * @param l4Total lowest total of level 4
 * @param l4Single a single record of at least this many points reaches level 4
 * @param allowedPoints the values one occurrence may score, highest first
 * @param validationDate the validation date of persons without their own
 * @param disclosurePeriod how often confirmed records are published
 */
public record ConductPolicy(int appealWorkingDays, int l1Min, int l1Max, int l2Min, int l2Max, int l3Total,
		int l3Single, int l4Total, int l4Single, List<Integer> allowedPoints, MonthDay validationDate,
		DisclosurePeriod disclosurePeriod) {

	/** The seed's values. */
	public static final ConductPolicy DEFAULTS = new ConductPolicy(3, 1, 5, 6, 8, 9, 6, 12, 12, List.of(12, 6, 4, 2, 1),
			MonthDay.of(1, 1), DisclosurePeriod.MONTHLY);

	public ConductPolicy {
		allowedPoints = List.copyOf(allowedPoints);
	}

	/**
	 * The level of a cycle total and its largest single record, the highest that applies.
	 */
	public ConductLevel level(int total, int largestSingle) {
		if (total >= this.l4Total || largestSingle >= this.l4Single) {
			return ConductLevel.L4;
		}
		if (total >= this.l3Total || largestSingle >= this.l3Single) {
			return ConductLevel.L3;
		}
		if (total >= this.l2Min && total <= this.l2Max) {
			return ConductLevel.L2;
		}
		if (total >= this.l1Min && total <= this.l1Max) {
			return ConductLevel.L1;
		}
		return ConductLevel.NONE;
	}

	public boolean allows(int points) {
		return this.allowedPoints.contains(points);
	}

	/** How often confirmed records are published (篇2 第十八条 定期公示). */
	public enum DisclosurePeriod {

		MONTHLY(1), QUARTERLY(3);

		private final int months;

		DisclosurePeriod(int months) {
			this.months = months;
		}

		/** The first month of the period that contains {@code month}. */
		public YearMonth start(YearMonth month) {
			int index = (month.getMonthValue() - 1) / this.months * this.months;
			return YearMonth.of(month.getYear(), index + 1);
		}

		public YearMonth end(YearMonth month) {
			return start(month).plusMonths(this.months - 1L);
		}

		public int months() {
			return this.months;
		}

	}

}
