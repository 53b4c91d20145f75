package cn.houqin.calendar.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYears extends JpaRepository<CalendarYear, Long> {

	Optional<CalendarYear> findByTenantIdAndYear(long tenantId, int year);

	List<CalendarYear> findByTenantIdOrderByYear(long tenantId);

}
