package cn.houqin.calendar.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a tenant's working-day calendar (工作日历): the arithmetic over cached years, and a
 * year's status and entries for the pages.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

	private final YearDaysCache cache;

	private final CalendarData data;

	CalendarService(YearDaysCache cache, CalendarData data) {
		this.cache = cache;
		this.data = data;
	}

	/** Arithmetic over the tenant's calendar; make one per use. */
	public WorkingDays workingDays(long tenantId) {
		return new WorkingDays(year -> this.cache.get(tenantId, year));
	}

	public YearStatus status(long tenantId, int year) {
		return this.data.status(tenantId, year);
	}

	/**
	 * The year's entries in date order, national ones included while the tenant follows
	 * them.
	 */
	public List<EntryView> entries(long tenantId, int year) {
		return this.data.entries(tenantId, year)
			.stream()
			.sorted(java.util.Comparator.comparing(EntryView::startsOn))
			.toList();
	}

	public EntryView entry(long tenantId, long id) {
		return this.data.entry(tenantId, id);
	}

}
