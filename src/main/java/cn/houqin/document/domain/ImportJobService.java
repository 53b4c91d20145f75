package cn.houqin.document.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.document.ImportJobView;
import cn.houqin.document.ImportOutcome;
import cn.houqin.shared.web.NotFoundException;

/**
 * The stored state of background imports. Every write is its own short transaction
 * ({@code REQUIRES_NEW}), apart from the import's transaction, so that progress is
 * visible to any node while the import runs and a failure is recorded after its rollback.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ImportJobService {

	/** A running job without a heartbeat for this long was cut off (its node stopped). */
	static final Duration STALE = Duration.ofMinutes(10);

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final Clock clock;

	ImportJobService(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
		this.clock = Clock.systemUTC();
	}

	public ImportJobView create(long tenantId, long userId, String kind, int totalRows, String returnPath) {
		ImportJob job = this.jobs.save(new ImportJob(tenantId, userId, kind, totalRows, returnPath, now()));
		return view(job);
	}

	public void recordProgress(long id, int processed, int total) {
		this.jobs.recordProgress(id, processed, total, now());
	}

	public void finish(long id, ImportOutcome outcome, int processed) {
		this.jobs.findById(id).ifPresent(job -> job.finish(outcome, processed, now()));
	}

	public void fail(long id, String reason) {
		this.jobs.findById(id).ifPresent(job -> job.fail(reason, now()));
	}

	/** A job of the given user; anyone else's answers 404. */
	@Transactional(readOnly = true)
	public ImportJobView find(long tenantId, long userId, long id) {
		return this.jobs.findByTenantIdAndIdAndStartedBy(tenantId, id, userId)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("ImportJob", id));
	}

	private ImportJobView view(ImportJob job) {
		String interrupted = this.messages.getMessage("document.importJob.interrupted", null,
				LocaleContextHolder.getLocale());
		return job.view(now().minus(STALE), interrupted);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
