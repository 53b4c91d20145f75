package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Entries extends JpaRepository<Entry, Long> {

	@Query("select e from Entry e join fetch e.record r where r.tenantId = :tenantId and e.staffId = :staffId "
			+ "and r.occurredOn between :from and :to")
	List<Entry> inPeriod(long tenantId, long staffId, LocalDate from, LocalDate to);

	@Query("select e from Entry e join fetch e.record r where e.status = 'RECEIVED' and e.appealDeadline < :today")
	List<Entry> lapsed(LocalDate today);

	/**
	 * Entries the caller may see: every unit when tenant-wide, else the given units, plus
	 * their own.
	 */
	@Query("select e from Entry e join e.record r where r.tenantId = :tenantId "
			+ "and (:tenantWide = true or e.unitId in :unitIds or e.staffId = :ownStaffId) "
			+ "and r.occurredOn between :from and :to and (:status is null or e.status = :status)")
	Slice<Entry> visible(long tenantId, boolean tenantWide, Collection<Long> unitIds, long ownStaffId, LocalDate from,
			LocalDate to, EntryStatus status, Pageable pageable);

	/**
	 * One mark per entry {@link #visible} finds, as many as the page asks for: counts the
	 * list up to a cap (see {@link cn.houqin.shared.jpa.CappedCount}).
	 */
	@Query("select 1 from Entry e join e.record r where r.tenantId = :tenantId "
			+ "and (:tenantWide = true or e.unitId in :unitIds or e.staffId = :ownStaffId) "
			+ "and r.occurredOn between :from and :to and (:status is null or e.status = :status)")
	List<Integer> visibleMarks(long tenantId, boolean tenantWide, Collection<Long> unitIds, long ownStaffId,
			LocalDate from, LocalDate to, EntryStatus status, Pageable pageable);

	@Query("select e from Entry e join fetch e.record r where r.tenantId = :tenantId and e.status = 'CONFIRMED' "
			+ "and r.occurredOn between :from and :to order by r.occurredOn, e.id")
	List<Entry> confirmed(long tenantId, LocalDate from, LocalDate to);

}
