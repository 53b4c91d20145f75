package cn.houqin.repairs.domain;

/**
 * Ready-made plans (篇7, 篇5): maintenance before the summer and winter breaks (rooms,
 * desks, sports equipment, heating), boiler checks before the heating season, and the
 * daily round of water and power points (篇5: 每天定期对各供水供电设备进行检查). Their names and
 * checklists are message keys {@code repairs.template.<name>.name} and
 * {@code .checklist}.
 */
public enum PlanTemplate {

	SUMMER_BREAK(Category.OTHER, IntervalKind.SEASON, 1, Season.SUMMER_BREAK, 14),
	WINTER_BREAK(Category.OTHER, IntervalKind.SEASON, 1, Season.WINTER_BREAK, 14),
	HEATING_SEASON(Category.HVAC, IntervalKind.SEASON, 1, Season.HEATING_SEASON, 30),
	DAILY_ROUND(Category.ELECTRIC, IntervalKind.DAYS, 1, null, 0);

	private final Category category;

	private final IntervalKind intervalKind;

	private final int intervalCount;

	private final Season season;

	private final int leadDays;

	PlanTemplate(Category category, IntervalKind intervalKind, int intervalCount, Season season, int leadDays) {
		this.category = category;
		this.intervalKind = intervalKind;
		this.intervalCount = intervalCount;
		this.season = season;
		this.leadDays = leadDays;
	}

	public Category category() {
		return this.category;
	}

	public IntervalKind intervalKind() {
		return this.intervalKind;
	}

	public int intervalCount() {
		return this.intervalCount;
	}

	public Season season() {
		return this.season;
	}

	public int leadDays() {
		return this.leadDays;
	}

}
