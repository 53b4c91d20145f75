package cn.houqin.supplies;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.StockPolicy;

import static cn.houqin.supplies.ItemSheets.catalogue;
import static cn.houqin.supplies.ItemSheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accepted catalogue import runs as a background job that commits, so these tests use
 * item codes of their own, and only on-demand items (no stock levels, no stocktake lines)
 * to change no other test's counts.
 */
@SuppliesIntegrationTest
class ItemImportJobIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	AuditApi audit;

	CurrentUser keeper;

	long tenant;

	String prefix;

	@BeforeEach
	void setUp() {
		this.keeper = this.users.loadUserByUsername("demo-logistics");
		this.tenant = this.org.tenantIdByCode("demo").orElseThrow();
		this.prefix = "JOB" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	@DisplayName("检查通过后全部导入：后台任务完成，物品写入目录，每个物品记入审计日志")
	void acceptedFileIsImportedAndAudited() throws Exception {
		Instant from = Instant.now().minusSeconds(1);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(multipart("/supplies/items/import")
			.file(new MockMultipartFile("file", "目录.xlsx", ExcelExport.CONTENT_TYPE,
					catalogue(row(this.prefix + "-1", "DESK", "12.00", null, null, null),
							row(this.prefix + "-2", "文书用品", "3.50", "随用随买", null, null))))
			.session(session)
			.with(user(this.keeper))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-all\"")));
		String location = this.mvc
			.perform(post("/supplies/items/import/confirm").session(session).with(user(this.keeper)).with(csrf()))
			.andExpect(redirectedUrlPattern("/supplies/items/import?job=*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String result = awaitResult(Long.parseLong(location.substring(location.indexOf("job=") + 4)));

		assertThat(result).contains("data-state=\"DONE\"", "href=\"/supplies/items\"");
		List<ItemView> imported = this.catalogue.all(this.tenant, new ItemFilter(this.prefix, null, null, false));
		assertThat(imported).extracting(ItemView::code, ItemView::stockPolicy)
			.containsExactly(tuple(this.prefix + "-1", StockPolicy.ON_DEMAND),
					tuple(this.prefix + "-2", StockPolicy.ON_DEMAND));
		List<AuditEntry> entries = this.audit
			.search(this.tenant, new AuditQuery(from, null, null, "CREATE", "supplies.item", null), 0, 200, null)
			.items();
		assertThat(entries).extracting(AuditEntry::entityId)
			.contains(Long.toString(imported.get(0).id()), Long.toString(imported.get(1).id()));
	}

	private String awaitResult(long jobId) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.mvc.perform(get("/document/import-jobs/{id}", jobId).with(user(this.keeper)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), fragment -> !fragment.contains("hx-trigger"));
	}

}
