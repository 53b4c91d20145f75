package cn.houqin.repairs.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Plans extends JpaRepository<Plan, Long> {

	Optional<Plan> findByTenantIdAndId(long tenantId, long id);

	Page<Plan> findByTenantId(long tenantId, Pageable pageable);

	/** Plans whose next due date minus lead days has come. */
	@Query("select p.id from Plan p where p.active = true and p.nextDue <= :horizon")
	List<Long> findCandidates(@Param("horizon") LocalDate horizon);

}
