package cn.houqin.supplies.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportError;
import cn.houqin.document.ImportPreview;

import static cn.houqin.supplies.ItemSheets.row;
import static cn.houqin.supplies.ItemSheets.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ItemRowMapperTests {

	static final List<CategoryView> CATEGORIES = List.of(
			new CategoryView(1, null, "STOCKED", "常用办公用品（适量库存）", StockPolicy.STOCKED, 0),
			new CategoryView(2, 1L, "PEN", "中性笔", StockPolicy.STOCKED, 1),
			new CategoryView(3, null, "ON_DEMAND", "随用随买类", StockPolicy.ON_DEMAND, 0),
			new CategoryView(4, 3L, "DESK", "桌面用品", StockPolicy.ON_DEMAND, 1));

	static ImportPreview<ItemDraft> read(Set<String> taken, String[]... rows) throws Exception {
		return ExcelImport.read(new ByteArrayInputStream(workbook(ItemSheet.COLUMNS, rows)), ItemSheet.REQUIRED_COLUMNS,
				new ItemRowMapper(CATEGORIES, taken));
	}

	@Test
	@DisplayName("a good row becomes a draft; the category is found by code or by name and lends its supply method")
	void goodRows() throws Exception {
		ImportPreview<ItemDraft> preview = read(Set.of(), row("P-1", "PEN", "2.50", null, "10", "50"),
				row("D-1", "桌面用品", "18", null, null, null), row("D-2", "DESK", "3", "适量库存", "1", "1"));
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.values())
			.extracting(ItemDraft::code, ItemDraft::categoryId, ItemDraft::stockPolicy, ItemDraft::referencePrice,
					ItemDraft::minLevel, ItemDraft::maxLevel, ItemDraft::unit)
			.containsExactly(
					tuple("P-1", 2L, StockPolicy.STOCKED, new BigDecimal("2.50"), new BigDecimal("10"),
							new BigDecimal("50"), "包"),
					tuple("D-1", 4L, StockPolicy.ON_DEMAND, new BigDecimal("18"), null, null, "包"),
					tuple("D-2", 4L, StockPolicy.STOCKED, new BigDecimal("3"), BigDecimal.ONE, BigDecimal.ONE, "包"));
	}

	@Test
	@DisplayName("zero or negative prices and levels, text for numbers and too many decimals are refused with row and column")
	void badNumbers() throws Exception {
		ImportPreview<ItemDraft> preview = read(Set.of(), row("A", "PEN", "0", null, null, null),
				row("B", "PEN", "-1.00", null, null, null), row("C", "PEN", "1", null, "0", null),
				row("D", "PEN", "1", null, null, "-5"), row("E", "PEN", "abc", null, null, null),
				row("F", "PEN", "1.234", null, null, null), row("G", "PEN", "1", null, "20", "10"));
		assertThat(preview.validCount()).isZero();
		assertThat(preview.invalidRows()).isEqualTo(7);
		assertThat(preview.errors()).extracting(ImportError::rowNumber, ImportError::column, ImportError::messageKey)
			.containsExactly(tuple(2, ItemSheet.PRICE, "supplies.import.error.notPositive"),
					tuple(3, ItemSheet.PRICE, "supplies.import.error.notPositive"),
					tuple(4, ItemSheet.MIN, "supplies.import.error.notPositive"),
					tuple(5, ItemSheet.MAX, "supplies.import.error.notPositive"),
					tuple(6, ItemSheet.PRICE, "supplies.import.error.number"),
					tuple(7, ItemSheet.PRICE, "supplies.import.error.scale"),
					tuple(8, ItemSheet.MAX, "supplies.item.error.maxBelowMin"));
	}

	@Test
	@DisplayName("unknown categories, unknown supply methods, levels on on-demand items and missing facts are refused")
	void badFacts() throws Exception {
		ImportPreview<ItemDraft> preview = read(Set.of(), row("A", "NO_SUCH", "1", null, null, null),
				row("B", "PEN", "1", "偶尔买", null, null), row("C", "DESK", "1", null, "5", null),
				new String[] { "D", null, "PEN", null, null, null });
		assertThat(preview.validCount()).isZero();
		assertThat(preview.errors()).extracting(ImportError::rowNumber, ImportError::column, ImportError::messageKey)
			.containsExactly(tuple(2, ItemSheet.CATEGORY, "supplies.import.error.category"),
					tuple(3, ItemSheet.POLICY, "supplies.import.error.policy"),
					tuple(4, ItemSheet.MIN, "supplies.import.error.levelsOnDemand"),
					tuple(5, ItemSheet.NAME, "document.import.error.required"),
					tuple(5, ItemSheet.UNIT, "document.import.error.required"),
					tuple(5, ItemSheet.PRICE, "document.import.error.required"));
	}

	@Test
	@DisplayName("a code already in the catalogue or twice in the file is refused")
	void duplicateCodes() throws Exception {
		ImportPreview<ItemDraft> preview = read(Set.of("OLD"), row("OLD", "PEN", "1", null, null, null),
				row("NEW", "PEN", "1", null, null, null), row("NEW", "PEN", "1", null, null, null));
		assertThat(preview.validCount()).isEqualTo(1);
		assertThat(preview.errors()).extracting(ImportError::rowNumber, ImportError::messageKey)
			.containsExactly(tuple(2, "supplies.import.error.duplicateCode"),
					tuple(4, "supplies.import.error.duplicateCode"));
	}

	@Test
	@DisplayName("a file that is not xlsx, lacks a column or has no rows is refused as a whole")
	void malformedFiles() throws Exception {
		ItemRowMapper mapper = new ItemRowMapper(CATEGORIES, Set.of());
		assertThat(ExcelImport
			.read(new ByteArrayInputStream("code,name\nA,B".getBytes()), ItemSheet.REQUIRED_COLUMNS, mapper)
			.errors()).extracting(ImportError::rowNumber, ImportError::messageKey)
			.containsExactly(tuple(0, "document.import.error.unreadable"));
		assertThat(ExcelImport
			.read(new ByteArrayInputStream(
					workbook(List.of("物品编码", "物品名称", "类别", "计量单位"), new String[] { "A", "B", "PEN", "包" })),
					ItemSheet.REQUIRED_COLUMNS, mapper)
			.errors()).extracting(ImportError::column, ImportError::messageKey)
			.containsExactly(tuple(ItemSheet.PRICE, "document.import.error.missingColumn"));
		assertThat(ExcelImport
			.read(new ByteArrayInputStream(workbook(ItemSheet.COLUMNS)), ItemSheet.REQUIRED_COLUMNS, mapper)
			.errors()).extracting(ImportError::messageKey).containsExactly("document.import.error.empty");
	}

}
