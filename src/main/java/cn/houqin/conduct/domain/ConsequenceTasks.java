package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsequenceTasks extends JpaRepository<ConsequenceTask, Long> {

	Optional<ConsequenceTask> findByTenantIdAndId(long tenantId, long id);

	List<ConsequenceTask> findByTenantIdAndStaffIdAndCycleStartOrderById(long tenantId, long staffId,
			LocalDate cycleStart);

	List<ConsequenceTask> findByTenantIdAndStaffIdOrderById(long tenantId, long staffId);

	List<ConsequenceTask> findByTenantIdOrderByIdDesc(long tenantId);

	List<ConsequenceTask> findByTenantIdAndStatusOrderById(long tenantId, TaskStatus status);

}
