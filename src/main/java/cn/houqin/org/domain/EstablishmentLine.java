package cn.houqin.org.domain;

/**
 * One position's approved and actual headcount in a unit; over when actual exceeds
 * approved.
 */
public record EstablishmentLine(long positionId, String positionName, int approved, long actual) {

	public boolean over() {
		return this.actual > this.approved;
	}

}
