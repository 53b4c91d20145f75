package cn.houqin.document;

import java.util.Comparator;
import java.util.List;

/**
 * The dry run of an import: the rows that passed, and every reason a row was refused.
 * Nothing has been written when one of these exists.
 */
public record ImportPreview<T>(List<ImportedRow<T>> validRows, List<ImportError> errors, int invalidRows) {

	public ImportPreview {
		validRows = List.copyOf(validRows);
		errors = errors.stream().sorted(Comparator.comparingInt(ImportError::rowNumber)).toList();
	}

	public int validCount() {
		return this.validRows.size();
	}

	public int totalRows() {
		return this.validRows.size() + this.invalidRows;
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public List<T> values() {
		return this.validRows.stream().map(ImportedRow::value).toList();
	}

}
