package cn.houqin.supplies;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.document.ExcelExport;
import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportError;
import cn.houqin.document.ImportOutcome;
import cn.houqin.document.ImportPreview;
import cn.houqin.document.ImportProgress;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemDraft;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.ItemImport;
import cn.houqin.supplies.domain.ItemSheet;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.StockPolicy;

import static cn.houqin.supplies.ItemSheets.catalogue;
import static cn.houqin.supplies.ItemSheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Catalogue import (办公用品目录导入): dry run, all-or-nothing write, malformed files and the
 * page's messages. Rolled back: the write is exercised through the service here, the
 * background job in {@link ItemImportJobIntegrationTests}.
 */
@SuppliesIntegrationTest
@Transactional
class ItemImportIntegrationTests {

	@Autowired
	ItemImport imports;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	JdbcTemplate jdbc;

	long tenant;

	CurrentUser keeper;

	String prefix;

	@BeforeEach
	void setUp() {
		this.tenant = this.org.tenantIdByCode("demo").orElseThrow();
		this.keeper = this.users.loadUserByUsername("demo-logistics");
		this.prefix = "IMP" + Long.toString(System.nanoTime(), 36);
	}

	long items() {
		return this.jdbc.queryForObject("select count(*) from sup_item where tenant_id = ?", Long.class, this.tenant);
	}

	ItemView item(String code) {
		List<ItemView> found = this.catalogue.all(this.tenant, new ItemFilter(code, null, null, false));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	@DisplayName("a clean file is written whole: every item with its category, price, supply method, levels and stock")
	void cleanFile() throws Exception {
		byte[] file = catalogue(row(this.prefix + "-1", "PEN", "2.50", null, "10", "50"),
				row(this.prefix + "-2", "桌面用品", "18.00", null, null, null),
				row(this.prefix + "-3", "PAPER", "25", "适量库存", "5", null));
		long before = items();
		ImportOutcome outcome = this.imports.importRows(this.tenant, file, ImportProgress.NONE);
		assertThat(outcome.imported()).isEqualTo(3);
		assertThat(items()).isEqualTo(before + 3);
		ItemView pen = item(this.prefix + "-1");
		assertThat(pen.categoryId()).isEqualTo(this.catalogue.categoryId(this.tenant, "PEN"));
		assertThat(pen.stockPolicy()).isEqualTo(StockPolicy.STOCKED);
		assertThat(pen.referencePrice()).isEqualByComparingTo("2.50");
		assertThat(pen.minLevel()).isEqualByComparingTo("10");
		assertThat(pen.maxLevel()).isEqualByComparingTo("50");
		assertThat(pen.unit()).isEqualTo("包");
		assertThat(pen.stock().onHand()).isEqualByComparingTo(BigDecimal.ZERO);
		ItemView desk = item(this.prefix + "-2");
		assertThat(desk.categoryId()).isEqualTo(this.catalogue.categoryId(this.tenant, "DESK"));
		assertThat(desk.stockPolicy()).isEqualTo(StockPolicy.ON_DEMAND);
	}

	@Test
	@DisplayName("a file with bad rows lists each with row and column and writes nothing, not even its good rows")
	void badRowsWriteNothing() throws Exception {
		byte[] file = catalogue(row(this.prefix + "-1", "PEN", "2.50", null, "10", "50"),
				row(this.prefix + "-2", "PEN", "-1", null, null, null),
				row(this.prefix + "-3", "NO_SUCH", "3", null, null, null),
				row(this.prefix + "-1", "PEN", "3", null, null, null),
				row(this.prefix + "-5", "PEN", "3", null, "0", null));
		long before = items();
		ImportPreview<ItemDraft> preview = this.imports.preview(this.tenant, file);
		assertThat(preview.validCount()).isEqualTo(1);
		assertThat(preview.invalidRows()).isEqualTo(4);
		assertThat(preview.errors()).extracting(ImportError::rowNumber, ImportError::column)
			.containsExactly(tuple(3, ItemSheet.PRICE), tuple(4, ItemSheet.CATEGORY), tuple(5, ItemSheet.CODE),
					tuple(6, ItemSheet.MIN));
		assertThatThrownBy(() -> this.imports.importRows(this.tenant, file, ImportProgress.NONE))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("supplies.import.error.hasErrors");
		assertThat(items()).isEqualTo(before);
	}

	@Test
	@DisplayName("a code already in the catalogue is a row error")
	void existingCode() throws Exception {
		this.imports.importRows(this.tenant, catalogue(row(this.prefix + "-1", "PEN", "1", null, null, null)),
				ImportProgress.NONE);
		ImportPreview<ItemDraft> preview = this.imports.preview(this.tenant,
				catalogue(row(this.prefix + "-1", "PEN", "1", null, null, null)));
		assertThat(preview.errors()).extracting(ImportError::messageKey)
			.containsExactly("supplies.import.error.duplicateCode");
	}

	@Test
	@DisplayName("a malformed file cannot be imported through the service either")
	void malformedFileIsRefused() {
		long before = items();
		assertThatThrownBy(() -> this.imports.importRows(this.tenant, "not excel".getBytes(), ImportProgress.NONE))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("supplies.import.error.file");
		assertThat(items()).isEqualTo(before);
	}

	@Test
	@DisplayName("页面：非 xlsx 文件、缺列、无数据行各有明确提示，没有导入按钮")
	void malformedFilesOnThePage() throws Exception {
		upload("目录.csv", "物品编码,物品名称\nA,B".getBytes())
			.andExpect(content().string(containsString("无法读取文件，请上传 Excel（.xlsx）文件")))
			.andExpect(content().string(not(containsString("id=\"import-all\""))));
		upload("目录.xlsx",
				ItemSheets.workbook(List.of("物品编码", "物品名称", "类别", "计量单位"), new String[] { "A", "B", "PEN", "包" }))
			.andExpect(content().string(containsString("缺少列“参考单价”")))
			.andExpect(content().string(not(containsString("id=\"import-all\""))));
		upload("目录.xlsx", catalogue()).andExpect(content().string(containsString("文件中没有数据行")))
			.andExpect(content().string(not(containsString("id=\"import-all\""))));
		this.mvc.perform(multipart("/supplies/items/import").with(user(this.keeper)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择文件")));
	}

	@Test
	@DisplayName("页面：有误的行逐行列出行号、列和原因，不能导入；未经检查的确认被退回")
	void badRowsOnThePage() throws Exception {
		long before = items();
		upload("目录.xlsx",
				catalogue(row(this.prefix + "-1", "PEN", "2.50", null, null, null),
						row(this.prefix + "-2", "NO_SUCH", "0", null, null, null)))
			.andExpect(content().string(containsString("类别 NO_SUCH 不存在")))
			.andExpect(content().string(containsString("0 必须大于零")))
			.andExpect(content().string(containsString("未写入任何数据")))
			.andExpect(content().string(containsString("<td data-label=\"行\">3</td>")))
			.andExpect(content().string(not(containsString("id=\"import-all\""))));
		this.mvc.perform(post("/supplies/items/import/confirm").with(user(this.keeper)).with(csrf()))
			.andExpect(redirectedUrl("/supplies/items/import"))
			.andExpect(flash().attribute("flashError", "supplies.import.error.expired"));
		assertThat(items()).isEqualTo(before);
	}

	@Test
	@DisplayName("页面：目录页链接到导入页；模板是带表头的 Excel；无目录管理权限者 403")
	void templateLinkAndPermission() throws Exception {
		this.mvc.perform(get("/supplies/items").with(user(this.keeper)))
			.andExpect(content().string(containsString("href=\"/supplies/items/import\"")));
		this.mvc.perform(get("/supplies/items/import").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/supplies/items/import/template\"")));
		byte[] template = this.mvc.perform(get("/supplies/items/import/template").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExcelExport.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ExcelImport.read(new ByteArrayInputStream(template), ItemSheet.COLUMNS, row -> null).errors())
			.extracting(ImportError::messageKey)
			.containsExactly("document.import.error.empty");
		CurrentUser staff = this.users.loadUserByUsername("demo-staff");
		this.mvc.perform(get("/supplies/items/import").with(user(staff))).andExpect(status().isForbidden());
		this.mvc.perform(get("/supplies/items").with(user(staff)))
			.andExpect(content().string(not(containsString("href=\"/supplies/items/import\""))));
		this.mvc
			.perform(multipart("/supplies/items/import")
				.file(new MockMultipartFile("file", "目录.xlsx", ExcelExport.CONTENT_TYPE, catalogue()))
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions upload(String filename, byte[] content)
			throws Exception {
		return this.mvc
			.perform(multipart("/supplies/items/import")
				.file(new MockMultipartFile("file", filename, ExcelExport.CONTENT_TYPE, content))
				.with(user(this.keeper))
				.with(csrf()))
			.andExpect(status().isOk());
	}

}
