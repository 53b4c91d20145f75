package cn.houqin.calendar.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.NotFoundException;

/**
 * Reads a tenant's effective calendar for a year: its own year and entries if it has
 * adjusted the year, else the national year, plus its local days off in either case.
 */
@Component
@Transactional(readOnly = true)
class CalendarData {

	private final CalendarYears years;

	private final CalendarEntries entries;

	private final NationalYears nationalYears;

	private final NationalEntries nationalEntries;

	CalendarData(CalendarYears years, CalendarEntries entries, NationalYears nationalYears,
			NationalEntries nationalEntries) {
		this.years = years;
		this.entries = entries;
		this.nationalYears = nationalYears;
		this.nationalEntries = nationalEntries;
	}

	YearDays load(long tenantId, int year) {
		return YearDays.of(year, status(tenantId, year).hasData(), spans(tenantId, year, null));
	}

	YearStatus status(long tenantId, int year) {
		Optional<CalendarYear> own = this.years.findByTenantIdAndYear(tenantId, year);
		if (own.isPresent()) {
			CalendarYear y = own.get();
			return new YearStatus(year, YearStatus.Origin.OWN, y.getSource(), y.getPublishedOn(), y.getVersion());
		}
		return this.nationalYears.findById(year)
			.map(n -> new YearStatus(year, YearStatus.Origin.NATIONAL, n.getSource(), n.getPublishedOn(), null))
			.orElseGet(() -> new YearStatus(year, YearStatus.Origin.NONE, null, null, null));
	}

	/**
	 * The year's entries, national first so that the tenant's own win on a shared day.
	 */
	List<EntryView> entries(long tenantId, int year) {
		List<EntryView> views = new ArrayList<>();
		if (status(tenantId, year).origin() == YearStatus.Origin.NATIONAL) {
			this.nationalEntries.findByYearOrderByStartsOn(year).forEach(e -> views.add(EntryView.of(e)));
		}
		this.entries.findByTenantIdAndYearOrderByStartsOn(tenantId, year).forEach(e -> views.add(EntryView.of(e)));
		return views;
	}

	EntryView entry(long tenantId, long id) {
		return this.entries.findByTenantIdAndId(tenantId, id)
			.map(EntryView::of)
			.orElseThrow(() -> new NotFoundException("CalendarEntry", id));
	}

	/** The spans of the year's entries, leaving out the tenant's entry {@code except}. */
	List<YearDays.Span> spans(long tenantId, int year, Long except) {
		return entries(tenantId, year).stream()
			.filter(e -> e.id() == null || !Objects.equals(e.id(), except))
			.map(e -> new YearDays.Span(e.kind(), e.name(), e.startsOn(), e.endsOn()))
			.toList();
	}

}
