package cn.houqin.repairs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.assets.AssetsApi;
import cn.houqin.assets.AssetsApi.AssetSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Reporting a fault by scanning an asset's QR label, against the real asset register and
 * its demo cards: the form shows the asset and where it stands, the work order carries
 * it. Anyone who stands in front of an asset of the tenant may report it; an id the
 * register does not know is not found.
 */
@RepairsIntegrationTest
@Transactional
class AssetReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AssetsApi assets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkOrderQueries queries;

	CurrentUser staff;

	@BeforeEach
	void setUp() {
		this.staff = new RepairsTestUsers(this.users, this.org).user("demo-staff");
	}

	/** A demo asset card by name, read through the register's API. */
	private AssetSummary demoAsset(String name) {
		long id = this.jdbc.sql("select id from ast_asset where tenant_id = :tenant and name = :name")
			.param("tenant", this.staff.tenantId())
			.param("name", name)
			.query(Long.class)
			.single();
		return this.assets.asset(this.staff.tenantId(), id).orElseThrow();
	}

	private long reportOn(AssetSummary asset) throws Exception {
		String redirect = this.mvc
			.perform(multipart("/repairs/report").param("assetId", Long.toString(asset.id()))
				.param("location", "")
				.param("category", "EQUIPMENT")
				.param("description", "开机无反应")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
	}

	@Test
	@DisplayName("opening the report form from a scanned label shows the asset and its location")
	void theFormShowsTheAssetAndItsLocation() throws Exception {
		AssetSummary printer = demoAsset("内科护士站激光打印机");
		this.mvc.perform(get("/repairs/report").param("assetId", Long.toString(printer.id())).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"asset-card\"")))
			.andExpect(content().string(containsString(printer.assetNo())))
			.andExpect(content().string(containsString("内科护士站激光打印机")))
			.andExpect(content().string(containsString("住院楼 3 层内科护士站")));
	}

	@Test
	@DisplayName("the submitted work order carries the asset, its location and the reporter's unit")
	void theWorkOrderCarriesTheAsset() throws Exception {
		AssetSummary printer = demoAsset("内科护士站激光打印机");
		WorkOrderView order = this.queries.view(this.staff, reportOn(printer));
		assertThat(order.assetId()).isEqualTo(printer.id());
		assertThat(order.location()).isEqualTo("住院楼 3 层内科护士站");
		assertThat(order.unitId()).isEqualTo(this.staff.unitId());
	}

	@Test
	@DisplayName("an asset of another department may be reported by whoever scans it; the order is the reporter's")
	void anotherDepartmentsAssetMayBeReported() throws Exception {
		AssetSummary copier = demoAsset("总务科复印机");
		assertThat(copier.unitId()).isNotEqualTo(this.staff.unitId());
		WorkOrderView order = this.queries.view(this.staff, reportOn(copier));
		assertThat(order.assetId()).isEqualTo(copier.id());
		assertThat(order.location()).isEqualTo("行政楼 2 层总务科");
		assertThat(order.unitId()).isEqualTo(this.staff.unitId());
	}

	@Test
	@DisplayName("an asset id the register does not know is not found, on the page and in the form and the API")
	void anUnknownAssetIsNotFound() throws Exception {
		long unknown = this.jdbc.sql("select coalesce(max(id), 0) + 1000 from ast_asset").query(Long.class).single();
		this.mvc.perform(get("/repairs/report").param("assetId", Long.toString(unknown)).with(user(this.staff)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/repairs/report").param("assetId", Long.toString(unknown))
				.param("location", "")
				.param("category", "EQUIPMENT")
				.param("description", "开机无反应")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("repairs/report"))
			.andExpect(model().attributeHasFieldErrors("reportForm", "assetId"));
		this.mvc
			.perform(post("/api/v1/repairs/work-orders").with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assetId\":" + unknown + ",\"category\":\"EQUIPMENT\",\"description\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assetId"));
	}

}
