package cn.houqin.repairs.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of an incident's timeline: what was done, when, by whom.
 */
@Embeddable
class IncidentAction {

	@Column(name = "acted_at")
	private Instant actedAt;

	@Column(name = "user_id")
	private long userId;

	private String note;

	protected IncidentAction() {
	}

	IncidentAction(Instant actedAt, long userId, String note) {
		this.actedAt = actedAt;
		this.userId = userId;
		this.note = note;
	}

	Instant actedAt() {
		return this.actedAt;
	}

	long userId() {
		return this.userId;
	}

	String note() {
		return this.note;
	}

}
