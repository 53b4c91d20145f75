package cn.houqin.document;

import java.time.Instant;

/**
 * A background import (后台导入) as its progress bar shows it.
 *
 * @param id the job's id
 * @param kind what is imported, e.g. {@code org.staff}
 * @param state running, done or failed
 * @param totalRows rows to process
 * @param processedRows rows processed so far (not yet committed while running)
 * @param importedRows rows written, once done
 * @param skippedRows refused rows left out, once done
 * @param errorText why it failed, in the language of the user who started it
 * @param returnPath where to go on when done
 * @param startedAt when it started
 * @param finishedAt when it ended, or {@code null} while running
 */
public record ImportJobView(long id, String kind, ImportJobState state, int totalRows, int processedRows,
		int importedRows, int skippedRows, String errorText, String returnPath, Instant startedAt, Instant finishedAt) {

	public boolean running() {
		return this.state == ImportJobState.RUNNING;
	}

	public boolean done() {
		return this.state == ImportJobState.DONE;
	}

	public boolean failed() {
		return this.state == ImportJobState.FAILED;
	}

	/** Percentage for the progress bar, 0 to 100. */
	public int percent() {
		if (this.state == ImportJobState.DONE) {
			return 100;
		}
		if (this.totalRows <= 0) {
			return 0;
		}
		return (int) Math.min(100, (long) this.processedRows * 100 / this.totalRows);
	}

}
