package cn.houqin.document;

import java.util.List;
import java.util.function.Consumer;

/**
 * How an import reports its progress. In the background the counts are stored for the
 * progress bar and a row that fails is reported with its row number
 * ({@link ImportRowFailure}); {@link #NONE} is for imports run in the request.
 */
public interface ImportProgress {

	/** Reports nothing and lets failures through unchanged. */
	ImportProgress NONE = new ImportProgress() {

		@Override
		public void total(int rows) {
		}

		@Override
		public void advance(int rows) {
		}

		@Override
		public <T> void each(List<ImportedRow<T>> rows, Consumer<? super T> action) {
			rows.forEach(row -> action.accept(row.value()));
		}

	};

	/** Corrects the number of rows to process (e.g. after checking the file again). */
	void total(int rows);

	/** Counts rows as processed. */
	void advance(int rows);

	/**
	 * Applies {@code action} to each row's value, counting progress; a failing row stops
	 * the import.
	 */
	<T> void each(List<ImportedRow<T>> rows, Consumer<? super T> action);

}
