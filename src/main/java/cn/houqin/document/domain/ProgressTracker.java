package cn.houqin.document.domain;

import java.util.List;
import java.util.function.Consumer;

import cn.houqin.document.ImportProgress;
import cn.houqin.document.ImportRowFailure;
import cn.houqin.document.ImportedRow;

/**
 * The progress of one running job, stored at most every {@link #INTERVAL_MILLIS} so that
 * a large file does not turn into thousands of small transactions.
 */
final class ProgressTracker implements ImportProgress {

	static final long INTERVAL_MILLIS = 500;

	private final long jobId;

	private final ImportJobService jobs;

	private int total;

	private int processed;

	private long lastStored;

	ProgressTracker(long jobId, int total, ImportJobService jobs) {
		this.jobId = jobId;
		this.total = total;
		this.jobs = jobs;
	}

	@Override
	public void total(int rows) {
		this.total = rows;
		store();
	}

	@Override
	public void advance(int rows) {
		this.processed += rows;
		if (System.currentTimeMillis() - this.lastStored >= INTERVAL_MILLIS) {
			store();
		}
	}

	@Override
	public <T> void each(List<ImportedRow<T>> rows, Consumer<? super T> action) {
		for (ImportedRow<T> row : rows) {
			try {
				action.accept(row.value());
			}
			catch (ImportRowFailure ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new ImportRowFailure(row.rowNumber(), ex);
			}
			advance(1);
		}
	}

	int processed() {
		return this.processed;
	}

	private void store() {
		this.jobs.recordProgress(this.jobId, this.processed, this.total);
		this.lastStored = System.currentTimeMillis();
	}

}
