package cn.houqin.calendar.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.calendar.DayKind;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A tenant's calendar entry (日历条目): a holiday, a make-up working day or a local day off,
 * over one or more consecutive days of one year.
 */
@Entity
@Table(name = "cal_entry")
@Audited("calendar.entry")
class CalendarEntry extends Aggregate<CalendarEntry> {

	@Column(name = "calendar_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected CalendarEntry() {
	}

	CalendarEntry(long tenantId, DayKind kind, String name, LocalDate startsOn, LocalDate endsOn) {
		super(tenantId);
		this.year = startsOn.getYear();
		this.kind = kind;
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	void change(String name, LocalDate startsOn, LocalDate endsOn) {
		this.year = startsOn.getYear();
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	YearDays.Span span() {
		return new YearDays.Span(this.kind, this.name, this.startsOn, this.endsOn);
	}

	int getYear() {
		return this.year;
	}

	DayKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

}
