package cn.houqin.calendar.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import cn.houqin.shared.audit.Audited;

/**
 * A year of the national calendar (全国节假日安排) as the State Council published it; shipped by
 * migrations, read-only here.
 */
@Entity
@Immutable
@Table(name = "cal_national_year")
@Audited("calendar.nationalYear")
class NationalYear {

	@Id
	@Column(name = "calendar_year")
	private Integer year;

	private String source;

	private LocalDate publishedOn;

	protected NationalYear() {
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
