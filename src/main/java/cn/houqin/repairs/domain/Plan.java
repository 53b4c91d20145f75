package cn.houqin.repairs.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A preventive maintenance plan (定期检查、定期维护、定期保养, 篇5) on a facility or asset: an interval,
 * a checklist and a team; it generates a work order some days ahead of each due date.
 */
@Entity
@Table(name = "rep_plan")
@Audited("repairs.plan")
class Plan extends Aggregate<Plan> {

	private String name;

	private String location;

	@Enumerated(EnumType.STRING)
	private Category category;

	@Column(name = "asset_id")
	private Long assetId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "team_unit_id")
	private Long teamUnitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "interval_kind")
	private IntervalKind intervalKind;

	@Column(name = "interval_count")
	private int intervalCount;

	@Enumerated(EnumType.STRING)
	private Season season;

	private String checklist;

	@Column(name = "lead_days")
	private int leadDays;

	@Column(name = "next_due")
	private LocalDate nextDue;

	private boolean active;

	protected Plan() {
	}

	Plan(long tenantId, long unitId, PlanDraft draft) {
		super(tenantId);
		this.unitId = unitId;
		this.active = true;
		if (draft.intervalCount() < 1 || draft.intervalCount() > 366) {
			throw new BusinessRuleException("intervalCount", "repairs.error.interval");
		}
		if (draft.leadDays() < 0 || draft.leadDays() > 90) {
			throw new BusinessRuleException("leadDays", "repairs.error.leadDays");
		}
		this.name = draft.name().trim();
		this.location = draft.location().trim();
		this.category = draft.category();
		this.assetId = draft.assetId();
		this.teamUnitId = draft.teamUnitId();
		this.intervalKind = draft.intervalKind();
		this.intervalCount = draft.intervalCount();
		this.season = draft.season();
		this.checklist = draft.checklist().trim();
		this.leadDays = draft.leadDays();
		this.nextDue = draft.firstDue();
	}

	/** Whether the next due date is close enough to generate its work order. */
	boolean dueForGeneration(LocalDate today) {
		return this.active && !this.nextDue.minusDays(this.leadDays).isAfter(today);
	}

	/** The work order for the next due date was made: move on to the one after. */
	LocalDate advance() {
		LocalDate generated = this.nextDue;
		this.nextDue = this.intervalKind.after(this.nextDue, this.intervalCount);
		return generated;
	}

	void deactivate() {
		this.active = false;
	}

	String getName() {
		return this.name;
	}

	String getLocation() {
		return this.location;
	}

	Category getCategory() {
		return this.category;
	}

	Long getAssetId() {
		return this.assetId;
	}

	long getUnitId() {
		return this.unitId;
	}

	Long getTeamUnitId() {
		return this.teamUnitId;
	}

	IntervalKind getIntervalKind() {
		return this.intervalKind;
	}

	int getIntervalCount() {
		return this.intervalCount;
	}

	Season getSeason() {
		return this.season;
	}

	String getChecklist() {
		return this.checklist;
	}

	int getLeadDays() {
		return this.leadDays;
	}

	LocalDate getNextDue() {
		return this.nextDue;
	}

	boolean isActive() {
		return this.active;
	}

}
