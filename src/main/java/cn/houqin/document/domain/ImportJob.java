package cn.houqin.document.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.document.ImportJobState;
import cn.houqin.document.ImportJobView;
import cn.houqin.document.ImportOutcome;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A background import (后台导入) of one user's confirmed file. Progress counters are written
 * by bulk updates (see {@link ImportJobs#recordProgress}); the start and the end go
 * through this entity and so reach the audit trail.
 */
@Entity
@Table(name = "doc_import_job")
@Audited("document.importJob")
class ImportJob extends Aggregate<ImportJob> {

	private String kind;

	private long startedBy;

	@Enumerated(EnumType.STRING)
	private ImportJobState state;

	private int totalRows;

	private int processedRows;

	private int importedRows;

	private int skippedRows;

	private String errorText;

	private String returnPath;

	private Instant heartbeatAt;

	private Instant finishedAt;

	protected ImportJob() {
	}

	ImportJob(long tenantId, long startedBy, String kind, int totalRows, String returnPath, Instant now) {
		super(tenantId);
		this.startedBy = startedBy;
		this.kind = kind;
		this.totalRows = totalRows;
		this.returnPath = returnPath;
		this.state = ImportJobState.RUNNING;
		this.heartbeatAt = now;
	}

	void finish(ImportOutcome outcome, int processed, Instant now) {
		this.state = ImportJobState.DONE;
		this.importedRows = outcome.imported();
		this.skippedRows = outcome.skipped();
		this.processedRows = Math.max(processed, outcome.imported());
		this.totalRows = Math.max(this.totalRows, this.processedRows);
		this.finishedAt = now;
		this.heartbeatAt = now;
	}

	void fail(String reason, Instant now) {
		this.state = ImportJobState.FAILED;
		this.importedRows = 0;
		this.errorText = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
		this.finishedAt = now;
		this.heartbeatAt = now;
	}

	/**
	 * The job as shown; one still marked running whose node stopped sending heartbeats
	 * shows as failed with {@code interruptedReason}.
	 */
	ImportJobView view(Instant staleBefore, String interruptedReason) {
		boolean interrupted = this.state == ImportJobState.RUNNING && this.heartbeatAt.isBefore(staleBefore);
		return new ImportJobView(getId(), this.kind, interrupted ? ImportJobState.FAILED : this.state, this.totalRows,
				this.processedRows, this.importedRows, this.skippedRows,
				interrupted ? interruptedReason : this.errorText, this.returnPath, getCreatedAt(), this.finishedAt);
	}

	long getStartedBy() {
		return this.startedBy;
	}

}
