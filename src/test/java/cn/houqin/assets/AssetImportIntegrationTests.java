package cn.houqin.assets;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.assets.domain.AssetImport;
import cn.houqin.assets.domain.AssetRow;
import cn.houqin.assets.domain.AssetSheet;
import cn.houqin.document.ImportError;
import cn.houqin.document.ImportOutcome;
import cn.houqin.document.ImportPreview;
import cn.houqin.document.ImportProgress;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AssetsIntegrationTest
@Transactional
class AssetImportIntegrationTests {

	static final int ROWS = 20_000;

	@Autowired
	AssetImport imports;

	@Autowired
	UserDirectory users;

	@Autowired
	DataScopes scopes;

	@Autowired
	OrgApi org;

	@Autowired
	JdbcTemplate jdbc;

	long count() {
		return this.jdbc.queryForObject("select count(*) from ast_asset", Long.class);
	}

	/** Data row {@code i} (0-based) is Excel row {@code i + 2}. */
	static byte[] workbook(String prefix, IntFunction<Object[]> overrides) throws Exception {
		String[] units = { "HOSP-NK", "HOSP-WK", "HOSP-ZWK", "HOSP-YYK" };
		String[] categories = { "COMPUTER", "PRINTER", "DESK", "MEDICAL", "FURNITURE" };
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("资产");
			Row header = sheet.createRow(0);
			for (int c = 0; c < AssetSheet.COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(AssetSheet.COLUMNS.get(c));
			}
			for (int i = 0; i < ROWS; i++) {
				Object[] values = { prefix + "%06d".formatted(i), "资产 " + i, categories[i % categories.length],
						"型号 " + (i % 17), "SN" + i, "供应商 " + (i % 5), "2021-%d-%d".formatted(1 + i % 12, 1 + i % 28),
						Integer.toString(2000 + i % 5000) + ".50", "财政拨款", "楼 " + (i % 9) + " 室",
						units[i % units.length], i % 3 == 0 ? "H0010" : null };
				Object[] changed = overrides.apply(i);
				if (changed != null) {
					values[(int) changed[0]] = changed[1];
				}
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < values.length; c++) {
					if (values[c] != null) {
						row.createCell(c).setCellValue(values[c].toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	DataScope keeperScope() {
		CurrentUser keeper = this.users.loadUserByUsername("demo-asset-keeper");
		return this.scopes.forPermission(keeper, "assets.manage");
	}

	@Test
	@DisplayName("a 20,000-row register with 5 bad rows reports exactly those rows and writes nothing")
	void badRowsWriteNothing() throws Exception {
		Map<Integer, Object[]> bad = Map.of(10, new Object[] { 2, "NO_SUCH" }, 4_000, new Object[] { 7, "120.00" },
				9_999, new Object[] { 6, "2021-13-45" }, 15_000, new Object[] { 10, "NOWHERE" }, 19_998,
				new Object[] { 0, "B-000003" });
		byte[] file = workbook("B-", bad::get);
		long before = count();
		ImportPreview<AssetRow> preview = this.imports.preview(keeperScope(), file);
		assertThat(preview.invalidRows()).isEqualTo(5);
		assertThat(preview.validCount()).isEqualTo(ROWS - 5);
		assertThat(preview.errors()).extracting(ImportError::rowNumber)
			.containsExactly(12, 4_002, 10_001, 15_002, 20_000);
		assertThat(count()).isEqualTo(before);
		assertThatThrownBy(() -> this.imports.importRows(keeperScope(), 1L, file, false, ImportProgress.NONE))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	@DisplayName("a clean 20,000-row register is imported with batch inserts within the time budget")
	void cleanImport() throws Exception {
		byte[] file = workbook("C-", i -> null);
		long before = count();
		Instant start = Instant.now();
		ImportOutcome outcome = this.imports.importRows(keeperScope(), 1L, file, false, ImportProgress.NONE);
		Duration took = Duration.between(start, Instant.now());
		System.out.println("Clean import of " + ROWS + " asset rows took " + took.toMillis() + " ms");
		assertThat(outcome.imported()).isEqualTo(ROWS);
		assertThat(count()).isEqualTo(before + ROWS);
		assertThat(took).isLessThan(Duration.ofMinutes(2));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ast_asset where asset_no like 'C-%' and status = 'IN_USE'", Long.class))
			.isEqualTo((ROWS + 2) / 3);
	}

}
