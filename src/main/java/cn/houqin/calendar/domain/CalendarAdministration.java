package cn.houqin.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.calendar.DayKind;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Changes a tenant's calendar: adds a year, enters its holidays and make-up days,
 * publishes it, and keeps local days off. The first change of a year's holidays copies
 * the national year into the tenant, which owns it from then on. Needs a tenant-wide
 * scope; every change is audited through the entities.
 */
@Service
@Transactional
public class CalendarAdministration {

	private static final List<DayKind> NOTICE_KINDS = List.of(DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY);

	private final CalendarYears years;

	private final CalendarEntries entries;

	private final NationalYears nationalYears;

	private final NationalEntries nationalEntries;

	private final CalendarData data;

	private final YearDaysCache cache;

	CalendarAdministration(CalendarYears years, CalendarEntries entries, NationalYears nationalYears,
			NationalEntries nationalEntries, CalendarData data, YearDaysCache cache) {
		this.years = years;
		this.entries = entries;
		this.nationalYears = nationalYears;
		this.nationalEntries = nationalEntries;
		this.data = data;
		this.cache = cache;
	}

	/**
	 * Starts the tenant's own calendar for a year: a copy of the national year when there
	 * is one, else an empty draft to fill in and publish.
	 */
	public YearStatus addYear(DataScope scope, int year) {
		long tenantId = requireTenantWide(scope);
		if (this.years.findByTenantIdAndYear(tenantId, year).isPresent()) {
			throw new BusinessRuleException("year", "calendar.year.error.exists", year);
		}
		ownYear(tenantId, year);
		return done(tenantId, year);
	}

	/** Marks the tenant's year as published, citing the notice it follows. */
	public YearStatus publish(DataScope scope, int year, long version, String source, LocalDate publishedOn) {
		long tenantId = requireTenantWide(scope);
		CalendarYear own = this.years.findByTenantIdAndYear(tenantId, year)
			.orElseThrow(() -> new NotFoundException("CalendarYear", year));
		own.checkVersion(version);
		own.publish(source.trim(), publishedOn);
		this.years.saveAndFlush(own);
		return done(tenantId, year);
	}

	/**
	 * Removes the tenant's own year with its holidays and make-up days; the year follows
	 * the national data again, if any. Local days off stay.
	 */
	public YearStatus removeYear(DataScope scope, int year, long version) {
		long tenantId = requireTenantWide(scope);
		CalendarYear own = this.years.findByTenantIdAndYear(tenantId, year)
			.orElseThrow(() -> new NotFoundException("CalendarYear", year));
		own.checkVersion(version);
		this.entries.deleteAll(this.entries.findByTenantIdAndYearAndKindIn(tenantId, year, NOTICE_KINDS));
		this.years.delete(own);
		this.years.flush();
		return done(tenantId, year);
	}

	public EntryView addEntry(DataScope scope, NewEntry entry) {
		long tenantId = requireTenantWide(scope);
		int year = entry.startsOn().getYear();
		if (entry.kind() != DayKind.LOCAL_DAY_OFF) {
			ownYear(tenantId, year);
		}
		EntryRules.check(entry, others(tenantId, year, null));
		CalendarEntry saved = this.entries.saveAndFlush(
				new CalendarEntry(tenantId, entry.kind(), entry.name().trim(), entry.startsOn(), entry.lastDay()));
		done(tenantId, year);
		return EntryView.of(saved);
	}

	/** Changes an entry's name and days; its kind stays. */
	public EntryView changeEntry(DataScope scope, long id, long version, NewEntry values) {
		long tenantId = requireTenantWide(scope);
		CalendarEntry entry = get(tenantId, id);
		entry.checkVersion(version);
		NewEntry changed = new NewEntry(entry.getKind(), values.name(), values.startsOn(), values.endsOn());
		int oldYear = entry.getYear();
		int year = changed.startsOn().getYear();
		if (year != oldYear) {
			throw new BusinessRuleException("startsOn", "calendar.entry.error.otherYear", oldYear);
		}
		EntryRules.check(changed, others(tenantId, year, id));
		entry.change(changed.name().trim(), changed.startsOn(), changed.lastDay());
		this.entries.saveAndFlush(entry);
		done(tenantId, year);
		return EntryView.of(entry);
	}

	public void removeEntry(DataScope scope, long id, long version) {
		long tenantId = requireTenantWide(scope);
		CalendarEntry entry = get(tenantId, id);
		entry.checkVersion(version);
		this.entries.delete(entry);
		this.entries.flush();
		done(tenantId, entry.getYear());
	}

	private void ownYear(long tenantId, int year) {
		if (this.years.findByTenantIdAndYear(tenantId, year).isPresent()) {
			return;
		}
		YearDays local = YearDays.of(year, false, this.data.spans(tenantId, year, null));
		this.nationalYears.findById(year).ifPresentOrElse(national -> {
			this.years.save(new CalendarYear(tenantId, year, national.getSource(), national.getPublishedOn()));
			this.nationalEntries.findByYearOrderByStartsOn(year)
				.stream()
				.filter(n -> !overlapsLocal(n, local))
				.forEach(n -> this.entries
					.save(new CalendarEntry(tenantId, n.getKind(), n.getName(), n.getStartsOn(), n.getEndsOn())));
		}, () -> this.years.save(new CalendarYear(tenantId, year, null, null)));
		this.entries.flush();
	}

	private static boolean overlapsLocal(NationalEntry national, YearDays local) {
		for (LocalDate day = national.getStartsOn(); !day.isAfter(national.getEndsOn()); day = day.plusDays(1)) {
			YearDays.Mark mark = local.mark(day);
			if (mark != null && mark.kind() == DayKind.LOCAL_DAY_OFF) {
				return true;
			}
		}
		return false;
	}

	private YearDays others(long tenantId, int year, Long except) {
		return YearDays.of(year, false, this.data.spans(tenantId, year, except));
	}

	private YearStatus done(long tenantId, int year) {
		this.cache.evict(tenantId, year);
		return this.data.status(tenantId, year);
	}

	private CalendarEntry get(long tenantId, long id) {
		return this.entries.findByTenantIdAndId(tenantId, id)
			.orElseThrow(() -> new NotFoundException("CalendarEntry", id));
	}

	private static long requireTenantWide(DataScope scope) {
		if (!scope.tenantWide()) {
			throw new AccessDeniedException("calendar.manage needs a tenant-wide scope");
		}
		return scope.tenantId();
	}

}
