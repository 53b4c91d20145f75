package cn.houqin.calendar.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import cn.houqin.calendar.DayKind;
import cn.houqin.shared.audit.Audited;

/**
 * A holiday or make-up working day of the national calendar; read-only here.
 */
@Entity
@Immutable
@Table(name = "cal_national_entry")
@Audited("calendar.nationalEntry")
class NationalEntry {

	@Id
	private Long id;

	@Column(name = "calendar_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected NationalEntry() {
	}

	Long getId() {
		return this.id;
	}

	YearDays.Span span() {
		return new YearDays.Span(this.kind, this.name, this.startsOn, this.endsOn);
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
