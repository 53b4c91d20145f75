package cn.houqin.conduct.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.conduct.ConductLevel;
import cn.houqin.conduct.ConductLevel.Consequence;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Follow-up a consequence level creates (篇2 第二十条): a talk to hold with minutes, a
 * criticism to publish, a flag for the annual appraisal or promotion. Withdrawn when the
 * level falls before it is done.
 */
@Entity
@Table(name = "con_task")
@Audited("conduct.task")
class ConsequenceTask extends Aggregate<ConsequenceTask> {

	@Column(name = "staff_id")
	private long staffId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "cycle_start")
	private LocalDate cycleStart;

	@Enumerated(EnumType.STRING)
	private ConductLevel level;

	@Enumerated(EnumType.STRING)
	private Consequence kind;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	private String minutes;

	@Column(name = "done_at")
	private Instant doneAt;

	protected ConsequenceTask() {
	}

	ConsequenceTask(long tenantId, long staffId, long unitId, LocalDate cycleStart, ConductLevel level,
			Consequence kind) {
		super(tenantId);
		this.staffId = staffId;
		this.unitId = unitId;
		this.cycleStart = cycleStart;
		this.level = level;
		this.kind = kind;
		this.status = TaskStatus.OPEN;
	}

	void done(String minutes, Instant at) {
		if (this.status != TaskStatus.OPEN) {
			throw new BusinessRuleException("conduct.error.taskNotOpen");
		}
		if (minutes == null || minutes.isBlank()) {
			throw new BusinessRuleException("minutes", "conduct.error.minutesRequired");
		}
		this.minutes = minutes.trim();
		this.doneAt = at;
		this.status = TaskStatus.DONE;
	}

	void withdraw() {
		if (this.status == TaskStatus.OPEN) {
			this.status = TaskStatus.WITHDRAWN;
		}
	}

	long getStaffId() {
		return this.staffId;
	}

	long getUnitId() {
		return this.unitId;
	}

	LocalDate getCycleStart() {
		return this.cycleStart;
	}

	ConductLevel getLevel() {
		return this.level;
	}

	Consequence getKind() {
		return this.kind;
	}

	TaskStatus getStatus() {
		return this.status;
	}

	String getMinutes() {
		return this.minutes;
	}

	Instant getDoneAt() {
		return this.doneAt;
	}

}
