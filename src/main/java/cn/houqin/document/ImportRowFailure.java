package cn.houqin.document;

/**
 * A row of a background import that could not be written: the whole import is rolled back
 * and the job shows this row number with the cause's reason.
 */
public class ImportRowFailure extends RuntimeException {

	private final int rowNumber;

	public ImportRowFailure(int rowNumber, RuntimeException cause) {
		super("Row " + rowNumber + " failed: " + cause.getMessage(), cause);
		this.rowNumber = rowNumber;
	}

	/** The row as Excel numbers it (the header is row 1). */
	public int rowNumber() {
		return this.rowNumber;
	}

	@Override
	public synchronized RuntimeException getCause() {
		return (RuntimeException) super.getCause();
	}

}
