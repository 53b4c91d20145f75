package cn.houqin.supplies;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.DocumentLink;
import cn.houqin.approval.DefaultPolicy;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.StocktakeService;
import cn.houqin.supplies.domain.StocktakeStatus;
import cn.houqin.supplies.domain.StocktakeView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SuppliesIntegrationTest
@Transactional
class StocktakeWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	@Autowired
	StocktakeService stocktakes;

	@Autowired
	List<DocumentLink> links;

	@Autowired
	List<DefaultPolicy> policies;

	SuppliesFixtures fixtures;

	CurrentUser keeper;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.keeper = this.fixtures.user("demo-logistics");
	}

	@Test
	@DisplayName("保管员从盘点列表新建盘点表，打开后显示已盘进度")
	void theKeeperOpensACountSheetFromTheListAndSeesItsProgress() throws Exception {
		String location = this.mvc.perform(post("/supplies/stocktakes").with(user(this.keeper)).with(csrf()))
			.andExpect(redirectedUrlPattern("/supplies/stocktakes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		StocktakeView sheet = this.stocktakes.view(this.fixtures.keeper(), idOf(location));
		this.mvc.perform(get(location).with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已盘 0 / " + sheet.lines().size())));
		this.mvc.perform(get("/supplies/stocktakes").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sheet.number())));
	}

	@Test
	@DisplayName("手机上逐行录入实盘数：htmx只换回盘点表片段，显示进度和差异")
	void aPhoneSavesOneCountedLineAndGetsTheSheetFragmentWithProgressAndVariance() throws Exception {
		ItemView pen = this.fixtures.stockedItem("手机盘点笔");
		this.fixtures.stock(pen.id(), "10", "2.00");
		StocktakeView sheet = this.stocktakes.open(this.fixtures.keeper());
		this.mvc
			.perform(post("/supplies/stocktakes/{id}/lines/{item}", sheet.id(), pen.id()).param("counted", "7")
				.header("HX-Request", "true")
				.with(user(this.keeper))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<table"))))
			.andExpect(content().string(containsString("id=\"sheet\"")))
			.andExpect(content().string(containsString("inputmode=\"decimal\"")))
			.andExpect(content().string(containsString("已盘 1 / " + sheet.lines().size())))
			.andExpect(content().string(containsString("差异:-3")));
		assertThat(line(this.stocktakes.view(this.fixtures.keeper(), sheet.id()), pen).countedQuantity())
			.isEqualByComparingTo("7");
	}

	@Test
	@DisplayName("负数或非数字的实盘数在该行内提示，不保存")
	void aNegativeOrNonNumericCountIsRefusedInlineOnItsLine() throws Exception {
		ItemView pen = this.fixtures.stockedItem("错误盘点笔");
		this.fixtures.stock(pen.id(), "4", "2.00");
		StocktakeView sheet = this.stocktakes.open(this.fixtures.keeper());
		for (String bad : List.of("-1", "abc")) {
			this.mvc
				.perform(post("/supplies/stocktakes/{id}/lines/{item}", sheet.id(), pen.id()).param("counted", bad)
					.header("HX-Request", "true")
					.with(user(this.keeper))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-invalid")))
				.andExpect(content().string(containsString("已盘 0 / ")));
		}
		assertThat(line(this.stocktakes.view(this.fixtures.keeper(), sheet.id()), pen).countedQuantity()).isNull();
	}

	@Test
	@DisplayName("未盘完不能结束；盘完后差异提交审批，页面显示审批中和审批链接")
	void closingNeedsEveryLineCountedAndThenSubmitsTheVariancesForApproval() throws Exception {
		ItemView pen = this.fixtures.stockedItem("结束盘点笔");
		this.fixtures.stock(pen.id(), "10", "2.00");
		StocktakeView sheet = this.stocktakes.open(this.fixtures.keeper());
		this.mvc.perform(post("/supplies/stocktakes/{id}/close", sheet.id()).with(user(this.keeper)).with(csrf()))
			.andExpect(flash().attributeExists("flashError"));
		for (StocktakeView.Line l : sheet.lines()) {
			String counted = l.itemId() == pen.id() ? "9" : l.bookQuantity().toPlainString();
			this.mvc
				.perform(
						post("/supplies/stocktakes/{id}/lines/{item}", sheet.id(), l.itemId()).param("counted", counted)
							.with(user(this.keeper))
							.with(csrf()))
				.andExpect(redirectedUrlPattern("/supplies/stocktakes/*"));
		}
		this.mvc.perform(post("/supplies/stocktakes/{id}/close", sheet.id()).with(user(this.keeper)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "supplies.flash.stocktakeClosed"));
		StocktakeView closed = this.stocktakes.view(this.fixtures.keeper(), sheet.id());
		assertThat(closed.status()).isEqualTo(StocktakeStatus.IN_APPROVAL);
		this.mvc.perform(get("/supplies/stocktakes/{id}", sheet.id()).with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审批中")))
			.andExpect(content().string(containsString("/approval/" + closed.approvalId())))
			.andExpect(content().string(not(containsString("close-stocktake"))));
	}

	@Test
	void staffWithoutTheStorePermissionCannotOpenOrCount() throws Exception {
		CurrentUser staff = this.fixtures.user("demo-staff");
		this.mvc.perform(get("/supplies/stocktakes").with(user(staff))).andExpect(status().isForbidden());
		this.mvc.perform(post("/supplies/stocktakes").with(user(staff)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void approversCanOpenPurchasesAndStocktakesFromTheApprovalPageAndStocktakesHaveNoCap() {
		assertThat(this.links).anySatisfy(l -> {
			assertThat(l.documentType()).isEqualTo("SUPPLY_PURCHASE");
			assertThat(l.pathOf(7)).isEqualTo("/supplies/purchases/7");
		});
		assertThat(this.links).anySatisfy(l -> {
			assertThat(l.documentType()).isEqualTo("SUPPLY_STOCKTAKE");
			assertThat(l.pathOf(7)).isEqualTo("/supplies/stocktakes/7");
		});
		assertThat(this.policies).filteredOn(p -> p.documentType().equals("SUPPLY_STOCKTAKE"))
			.singleElement()
			.satisfies(p -> assertThat(p.tiers()).singleElement().satisfies(t -> assertThat(t.upTo()).isNull()));
	}

	private static long idOf(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static StocktakeView.Line line(StocktakeView sheet, ItemView item) {
		return sheet.lines().stream().filter(l -> l.itemId() == item.id()).findFirst().orElseThrow();
	}

}
