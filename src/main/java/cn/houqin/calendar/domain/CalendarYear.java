package cn.houqin.calendar.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A tenant's own calendar for one year (年度日历): a draft while its holidays are entered,
 * published once they match the notice it cites.
 */
@Entity
@Table(name = "cal_year")
@Audited("calendar.year")
class CalendarYear extends Aggregate<CalendarYear> {

	@Column(name = "calendar_year")
	private int year;

	private String source;

	private LocalDate publishedOn;

	protected CalendarYear() {
	}

	CalendarYear(long tenantId, int year, String source, LocalDate publishedOn) {
		super(tenantId);
		this.year = year;
		this.source = source;
		this.publishedOn = publishedOn;
	}

	/** Marks the year's data as complete, citing the notice it follows. */
	void publish(String source, LocalDate publishedOn) {
		this.source = source;
		this.publishedOn = publishedOn;
	}

	boolean published() {
		return this.publishedOn != null;
	}

	int getYear() {
		return this.year;
	}

	String getSource() {
		return this.source;
	}

	LocalDate getPublishedOn() {
		return this.publishedOn;
	}

}
