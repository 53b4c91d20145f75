package cn.houqin;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.SuppliesApi;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceiptDraft;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.SuppliesFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The business modules working together on the demo tenant: goods at the asset threshold
 * become cards, a departure waits for both assets and supplies, repairs draw materials
 * from the store.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CrossModuleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgApi org;

	@Autowired
	UserDirectory users;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	@Autowired
	SuppliesApi supplies;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	@Test
	@DisplayName("达到固定资产标准的验收物品由资产模块建卡，每件一张，责任人为指定职工")
	void piecesReceivedAtTheAssetThresholdBecomeAssetCards() {
		ItemView monitor = this.fixtures.onDemandItem("床旁监护仪" + this.fixtures.code(), "GENERAL_EQUIPMENT", false);
		long custodian = this.org.staffByEmployeeNo(this.fixtures.tenantId(), "H0005").orElseThrow().id();
		this.receiving.receive(this.fixtures.keeper(),
				new ReceiptDraft(null, "INV-" + this.fixtures.code(), "医疗设备公司", null,
						List.of(new ReceiptDraft.Line(monitor.id(), new BigDecimal("2"), BigDecimal.ZERO,
								new BigDecimal("3200.00"), custodian))));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForList("select custodian_staff_id from ast_asset where name = ? and tenant_id = ?",
							Long.class, monitor.name(), this.fixtures.tenantId()))
				.containsExactly(custodian, custodian));
		assertThat(this.supplies.stockedItems(this.fixtures.tenantId(), monitor.code(), 5)).isEmpty();
	}

	@Test
	@DisplayName("离任时一次列出未移交的资产和办公用品事项，移交前不能离任")
	void departureListsAssetsAndSuppliesStillHeld() throws Exception {
		long unit = this.org.unitByCode(this.fixtures.tenantId(), "HOSP-NK").orElseThrow().id();
		String employeeNo = "X" + this.fixtures.code();
		String location = this.mvc
			.perform(post("/api/v1/org/staff").with(httpBasic("demo-admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"employeeNo":"%s","name":"交接测试","gender":"FEMALE","mobile":"13900000003","unitId":%d,
						 "category":"ADMINISTRATIVE","employmentType":"ENGAGED"}""".formatted(employeeNo, unit)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long staffId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc
			.perform(post("/api/v1/assets").with(httpBasic("demo-asset-keeper", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"交接测试电脑","categoryCode":"GENERAL_EQUIPMENT","model":"台式机","originalValue":5200.00,
						 "purchaseDate":"2026-03-01","unitId":%d,"custodianStaffId":%d,"location":"门诊楼302"}"""
					.formatted(unit, staffId)))
			.andExpect(status().isCreated());
		ItemView paper = this.fixtures.stockedItem("交接测试打印纸" + this.fixtures.code());
		this.mvc
			.perform(post("/api/v1/supplies/purchase-requests").with(httpBasic("demo-dept-head", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitId":%d,"handlerStaffId":%d,"reason":"科室季度用纸","neededBy":"2026-12-20",
						 "lines":[{"itemId":%d,"quantity":10,"unitPrice":25.00}]}""".formatted(unit, staffId,
						paper.id())))
			.andExpect(status().isCreated());

		this.mvc
			.perform(post("/api/v1/org/staff/{id}/departure", staffId).with(httpBasic("demo-admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"reason":"调往市医院","effectiveOn":"2026-12-31"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("交接测试电脑")))
			.andExpect(jsonPath("$.detail", containsString("科室季度用纸")))
			.andExpect(jsonPath("$.items.length()").value(2));
	}

	@Test
	@DisplayName("维修工单领用的材料从库房出库，按移动平均价计入工单成本")
	void repairMaterialsComeOutOfTheStore() throws Exception {
		ItemView fuse = this.fixtures.stockedItem("保险丝" + this.fixtures.code());
		this.fixtures.stock(fuse.id(), "10", "2.50");
		String created = this.mvc
			.perform(post("/api/v1/repairs/work-orders").with(httpBasic("demo-staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"location":"内科病房楼%s","category":"ELECTRIC","description":"配电箱保险丝熔断",
						 "safetyHazard":false,"blocksCoreWork":true}""".formatted(this.fixtures.code())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long orderId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/take", orderId).with(httpBasic("demo-technician", "demo")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/repairs/work-orders/{id}/materials", orderId)
				.with(user(this.fixtures.user("demo-technician")))
				.with(csrf())
				.param("itemId", String.valueOf(fuse.id()))
				.param("quantity", "3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "repairs.flash.materials"));
		this.mvc.perform(get("/api/v1/supplies/items/{id}/stock", fuse.id()).with(httpBasic("demo-logistics", "demo")))
			.andExpect(jsonPath("$.onHand").value(7))
			.andExpect(jsonPath("$.available").value(7));
		this.mvc.perform(get("/api/v1/repairs/work-orders/{id}", orderId).with(httpBasic("demo-technician", "demo")))
			.andExpect(jsonPath("$.materialsCost").value(7.5))
			.andExpect(jsonPath("$.materials[*].name", hasItem(fuse.name())));
	}

}
