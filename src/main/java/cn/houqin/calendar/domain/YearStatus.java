package cn.houqin.calendar.domain;

import java.time.LocalDate;

/**
 * Where a tenant's calendar for a year comes from, and whether it is published.
 *
 * @param year the calendar year
 * @param origin national data, the tenant's own, or none (Mon–Fri fallback)
 * @param source the notice the year follows, if known
 * @param publishedOn the notice's date; {@code null} while the tenant's own year is a
 * draft
 * @param version the tenant's own year's version, {@code null} unless {@code origin} is
 * {@code OWN}
 */
public record YearStatus(int year, Origin origin, String source, LocalDate publishedOn, Long version) {

	/**
	 * Whether a published calendar backs the year; if not, the year is reported as
	 * missing.
	 */
	public boolean hasData() {
		return this.publishedOn != null;
	}

	public boolean missing() {
		return !hasData();
	}

	public boolean own() {
		return this.origin == Origin.OWN;
	}

	/** Where a year's data comes from. */
	public enum Origin {

		/** The State Council's notice, shared by all tenants. */
		NATIONAL,
		/** The tenant's own copy or year, edited by its administrator. */
		OWN,
		/** No data: Mon–Fri. */
		NONE

	}

}
