package cn.houqin.org.domain;

import java.io.ByteArrayInputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportOutcome;
import cn.houqin.document.ImportPreview;
import cn.houqin.document.ImportProgress;
import cn.houqin.shared.crypto.FieldCipher;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Import of staff from the Excel sheet: a dry run that writes nothing, then, once the
 * user confirms, registration of all rows or only the valid ones, in one transaction.
 */
@Service
@Transactional
public class StaffImport {

	private final StaffService service;

	private final StaffMembers staff;

	private final OrgUnits units;

	private final Positions positions;

	private final Ranks ranks;

	private final FieldCipher cipher;

	StaffImport(StaffService service, StaffMembers staff, OrgUnits units, Positions positions, Ranks ranks,
			FieldCipher cipher) {
		this.service = service;
		this.staff = staff;
		this.units = units;
		this.positions = positions;
		this.ranks = ranks;
		this.cipher = cipher;
	}

	@Transactional(readOnly = true)
	public ImportPreview<StaffDetails> preview(DataScope scope, byte[] file) {
		StaffRowMapper mapper = new StaffRowMapper(scope, this.staff, this.cipher, this.units, this.positions,
				this.ranks);
		return ExcelImport.read(new ByteArrayInputStream(file), StaffSheet.REQUIRED_COLUMNS, mapper);
	}

	/**
	 * Checks the file again (the data may have changed since the dry run) and registers
	 * its rows: refused while any row is bad unless {@code validRowsOnly}.
	 * @return how many staff members were registered
	 */
	public int importRows(DataScope scope, byte[] file, boolean validRowsOnly) {
		return importRows(scope, file, validRowsOnly, ImportProgress.NONE).imported();
	}

	/**
	 * The same, reporting progress row by row, for a large file imported in the
	 * background.
	 */
	public ImportOutcome importRows(DataScope scope, byte[] file, boolean validRowsOnly, ImportProgress progress) {
		ImportPreview<StaffDetails> preview = preview(scope, file);
		if (preview.hasErrors() && !validRowsOnly) {
			throw new BusinessRuleException("org.import.error.hasErrors", preview.invalidRows());
		}
		if (preview.validCount() == 0) {
			throw new BusinessRuleException("org.import.error.nothingValid");
		}
		progress.total(preview.validCount());
		progress.each(preview.validRows(), details -> this.service.register(scope, details));
		return new ImportOutcome(preview.validCount(), preview.invalidRows());
	}

}
