package cn.houqin.conduct.domain;

/** The state of one person's points in a record. */
public enum EntryStatus {

	/** The record waits for the penalty decision; no notice yet. */
	AWAITING_PENALTY,
	/** Notice issued, not yet signed for: provisional. */
	NOTIFIED,
	/** Signed for; the appeal window runs: provisional. */
	RECEIVED,
	/** Appealed, waiting for the leadership: provisional and not published. */
	UNDER_APPEAL,
	/** Final. */
	CONFIRMED,
	/** Revoked on appeal: counts nowhere. */
	REVOKED;

	/** Whether the points count in the person's standing. */
	public boolean counts() {
		return this != AWAITING_PENALTY && this != REVOKED;
	}

	/** Whether the points are not final yet. */
	public boolean provisional() {
		return this == NOTIFIED || this == RECEIVED || this == UNDER_APPEAL;
	}

}
