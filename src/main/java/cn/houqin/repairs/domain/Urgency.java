package cn.houqin.repairs.domain;

/**
 * How urgent a repair is (紧急 / 高 / 一般 / 低); the rank orders the dispatch board.
 */
public enum Urgency {

	URGENT(0), HIGH(1), NORMAL(2), LOW(3);

	private final int rank;

	Urgency(int rank) {
		this.rank = rank;
	}

	public int rank() {
		return this.rank;
	}

	/**
	 * The urgency a report gets: a safety hazard is 紧急, work that stops core work
	 * (teaching, clinical work) is at least 高, otherwise the category's default.
	 */
	public static Urgency derive(Category category, boolean safetyHazard, boolean blocksCoreWork) {
		if (safetyHazard) {
			return URGENT;
		}
		if (blocksCoreWork) {
			return HIGH.rank < category.defaultUrgency().rank ? HIGH : category.defaultUrgency();
		}
		return category.defaultUrgency();
	}

}
