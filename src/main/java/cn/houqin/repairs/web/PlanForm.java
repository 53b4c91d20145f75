package cn.houqin.repairs.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.IntervalKind;
import cn.houqin.repairs.domain.PlanDraft;
import cn.houqin.repairs.domain.Season;

/**
 * The preventive plan form.
 */
class PlanForm {

	private String name;

	private String location;

	private Category category;

	private IntervalKind intervalKind = IntervalKind.MONTHS;

	private Integer intervalCount = 1;

	private Season season;

	private String checklist;

	private Integer leadDays = 3;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDue;

	PlanDraft toDraft() {
		return new PlanDraft(this.name, this.location, this.category, null, null, this.intervalKind,
				this.intervalCount == null ? 0 : this.intervalCount, this.season, this.checklist,
				this.leadDays == null ? -1 : this.leadDays, this.firstDue);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public IntervalKind getIntervalKind() {
		return this.intervalKind;
	}

	public void setIntervalKind(IntervalKind intervalKind) {
		this.intervalKind = intervalKind;
	}

	public Integer getIntervalCount() {
		return this.intervalCount;
	}

	public void setIntervalCount(Integer intervalCount) {
		this.intervalCount = intervalCount;
	}

	public Season getSeason() {
		return this.season;
	}

	public void setSeason(Season season) {
		this.season = season;
	}

	public String getChecklist() {
		return this.checklist;
	}

	public void setChecklist(String checklist) {
		this.checklist = checklist;
	}

	public Integer getLeadDays() {
		return this.leadDays;
	}

	public void setLeadDays(Integer leadDays) {
		this.leadDays = leadDays;
	}

	public LocalDate getFirstDue() {
		return this.firstDue;
	}

	public void setFirstDue(LocalDate firstDue) {
		this.firstDue = firstDue;
	}

}
