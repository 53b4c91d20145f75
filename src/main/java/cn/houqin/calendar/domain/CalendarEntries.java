package cn.houqin.calendar.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.houqin.calendar.DayKind;

interface CalendarEntries extends JpaRepository<CalendarEntry, Long> {

	List<CalendarEntry> findByTenantIdAndYearOrderByStartsOn(long tenantId, int year);

	Optional<CalendarEntry> findByTenantIdAndId(long tenantId, long id);

	List<CalendarEntry> findByTenantIdAndYearAndKindIn(long tenantId, int year, List<DayKind> kinds);

}
