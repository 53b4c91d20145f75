package cn.houqin.supplies.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Stocktakes extends JpaRepository<Stocktake, Long> {

	Optional<Stocktake> findByTenantIdAndId(long tenantId, long id);

	boolean existsByTenantIdAndOpenedOnBetween(long tenantId, java.time.LocalDate from, java.time.LocalDate to);

	@Query("""
			select s from Stocktake s where s.tenantId = :tenantId
			and (:tenantWide = true or s.unitId in :unitIds or s.openedBy = :userId)
			order by s.id desc limit 100""")
	List<Stocktake> visible(long tenantId, boolean tenantWide, Collection<Long> unitIds, long userId);

}
