package cn.houqin.document.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobs extends JpaRepository<ImportJob, Long> {

	Optional<ImportJob> findByTenantIdAndIdAndStartedBy(long tenantId, long id, long startedBy);

	/**
	 * Stores the progress of a running job without loading it, so that a poll sees it
	 * while the import's own transaction is still open (and the trail is not flooded).
	 */
	@Modifying
	@Query("update ImportJob j set j.processedRows = :processed, j.totalRows = :total, j.heartbeatAt = :now"
			+ " where j.id = :id and j.state = cn.houqin.document.ImportJobState.RUNNING")
	int recordProgress(long id, int processed, int total, Instant now);

}
