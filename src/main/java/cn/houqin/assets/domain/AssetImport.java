package cn.houqin.assets.domain;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.assets.AssetStatus;
import cn.houqin.audit.AuditApi;
import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportOutcome;
import cn.houqin.document.ImportPreview;
import cn.houqin.document.ImportProgress;
import cn.houqin.document.ImportedRow;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Import of an existing asset register (tens of thousands of rows): a dry run that writes
 * nothing and lists every refused row, then, once the user accepts, all rows (or only the
 * valid ones) written in one transaction with JDBC batch inserts, and one audit entry for
 * the import.
 */
@Service
@Transactional
public class AssetImport {

	static final int BATCH = 1000;

	private static final String INSERT = "insert into ast_asset (tenant_id, asset_no, name, category_code, kind, model, "
			+ "serial_no, supplier, purchase_date, original_value, funding_source, location, unit_id, custodian_staff_id, "
			+ "status, version, created_at, created_by, updated_at, updated_by) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";

	private final Assets assets;

	private final CategoryService categories;

	private final AssetNumbers numbers;

	private final OrgApi org;

	private final JdbcTemplate jdbc;

	private final AuditApi audit;

	AssetImport(Assets assets, CategoryService categories, AssetNumbers numbers, OrgApi org, JdbcTemplate jdbc,
			AuditApi audit) {
		this.assets = assets;
		this.categories = categories;
		this.numbers = numbers;
		this.org = org;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The dry run: nothing is written. */
	@Transactional(readOnly = true)
	public ImportPreview<AssetRow> preview(DataScope scope, byte[] file) {
		AssetRowMapper mapper = new AssetRowMapper(scope, this.categories, this.org,
				new HashSet<>(this.assets.assetNumbers(scope.tenantId())));
		return ExcelImport.read(new ByteArrayInputStream(file), AssetSheet.REQUIRED_COLUMNS, mapper);
	}

	/**
	 * Checks the file again and writes its rows: refused while any row is bad unless
	 * {@code validRowsOnly}.
	 */
	public ImportOutcome importRows(DataScope scope, long userId, byte[] file, boolean validRowsOnly,
			ImportProgress progress) {
		ImportPreview<AssetRow> preview = preview(scope, file);
		if (preview.hasErrors() && !validRowsOnly) {
			throw new BusinessRuleException(null, "assets.import.error.hasErrors", preview.invalidRows());
		}
		if (preview.validCount() == 0) {
			throw new BusinessRuleException("assets.import.error.nothingValid");
		}
		List<ImportedRow<AssetRow>> rows = preview.validRows();
		progress.total(rows.size());
		long unnumbered = rows.stream().filter(r -> r.value().assetNo() == null).count();
		long next = unnumbered == 0 ? 0 : this.numbers.reserve(scope.tenantId(), (int) unnumbered);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> batch = new ArrayList<>(BATCH);
		for (ImportedRow<AssetRow> imported : rows) {
			AssetRow row = imported.value();
			String assetNo = row.assetNo() != null ? row.assetNo() : AssetNumbers.format(next++);
			AssetStatus status = row.custodianStaffId() == null ? AssetStatus.IDLE : AssetStatus.IN_USE;
			batch.add(new Object[] { scope.tenantId(), assetNo, row.name(), row.categoryCode(), row.kind(), row.model(),
					row.serialNo(), row.supplier(), Date.valueOf(row.purchaseDate()), row.originalValue(),
					row.fundingSource(), row.location(), row.unitId(), row.custodianStaffId(), status.name(), now,
					userId, now, userId });
			if (batch.size() == BATCH) {
				flush(batch, progress);
			}
		}
		flush(batch, progress);
		this.audit.record("IMPORT", "assets.asset", null,
				Map.of("rows", Integer.toString(rows.size()), "skipped", Integer.toString(preview.invalidRows())));
		return new ImportOutcome(rows.size(), preview.invalidRows());
	}

	private void flush(List<Object[]> batch, ImportProgress progress) {
		if (batch.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT, batch);
		progress.advance(batch.size());
		batch.clear();
	}

}
