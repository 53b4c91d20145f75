package cn.houqin.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.assets.domain.AssetDraft;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssetsIntegrationTest
@Transactional
class AssetApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AssetService assets;

	@Autowired
	ObjectMapper json;

	long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	long unit(String code) {
		return this.org.unitByCode(tenantId(), code).orElseThrow().id();
	}

	long staff(String employeeNo) {
		return this.org.staffByEmployeeNo(tenantId(), employeeNo).orElseThrow().id();
	}

	CurrentUser keeper() {
		return this.users.loadUserByUsername("demo-asset-keeper");
	}

	String body(String name, String category, String value, long unitId, Long custodian) {
		return """
				{"name":"%s","categoryCode":"%s","model":"X-1","originalValue":%s,"purchaseDate":"2025-03-01",
				 "unitId":%d,"custodianStaffId":%s,"location":"门诊楼 302"}
				""".formatted(name, category, value, unitId, custodian == null ? "null" : custodian.toString());
	}

	JsonNode create(String name, String category, String value, long unitId, Long custodian) throws Exception {
		String response = this.mvc
			.perform(post("/api/v1/assets").with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(name, category, value, unitId, custodian)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.assetNo", startsWith("ZC")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	@Test
	@DisplayName("registering a card answers 201 with its id, number and net book value")
	void createsCard() throws Exception {
		JsonNode card = create("心电监护仪", "SPECIAL_EQUIPMENT", "1500.00", unit("HOSP-NK"), staff("H0010"));
		assertThat(card.get("kind").asString()).isEqualTo("SPECIAL_EQUIPMENT");
		assertThat(card.get("status").asString()).isEqualTo("IN_USE");
		assertThat(new BigDecimal(card.get("netBookValue").asString())).isLessThanOrEqualTo(new BigDecimal("1500"));
		this.mvc.perform(get("/api/v1/assets/{id}", card.get("id").asLong()).with(user(keeper())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.custodianName").value("吴娜"));
	}

	@Test
	@DisplayName("a value under the threshold of the category's kind answers 422 problem+json")
	void refusesUnderThreshold() throws Exception {
		String[][] cases = { { "GENERAL_EQUIPMENT", "999.99" }, { "COMPUTER", "999.00" },
				{ "SPECIAL_EQUIPMENT", "1499.99" }, { "MEDICAL", "1200.00" }, { "FURNITURE", "800.00" } };
		for (String[] c : cases) {
			this.mvc
				.perform(post("/api/v1/assets").with(user(keeper()))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body("小设备", c[0], c[1], unit("HOSP-NK"), null)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("assets.error.underThreshold"))
				.andExpect(jsonPath("$.errors[0].field").value("originalValue"));
		}
		create("台式计算机", "GENERAL_EQUIPMENT", "1000.00", unit("HOSP-NK"), null);
	}

	@Test
	@DisplayName("transfer waits for the receiver; a second transfer meanwhile is refused; the list by custodian follows")
	void transferConfirmedByReceiver() throws Exception {
		long custodian = staff("H0010");
		long receiver = staff("H0009");
		long id = create("打印机", "PRINTER", "1800.00", unit("HOSP-NK"), custodian).get("id").asLong();
		String response = this.mvc
			.perform(post("/api/v1/assets/{id}/transfer", id).with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toStaffId\":%d,\"toUnitId\":%d}".formatted(receiver, unit("HOSP-NK"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long movementId = this.json.readTree(response).get("id").asLong();
		this.mvc
			.perform(post("/api/v1/assets/{id}/transfer", id).with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toStaffId\":%d}".formatted(staff("H0004"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assets.error.movementPending"));
		this.mvc.perform(get("/api/v1/assets").param("custodianId", Long.toString(custodian)).with(user(keeper())))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		this.mvc.perform(post("/api/v1/assets/movements/{id}/confirm", movementId).with(user(keeper())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/assets/movements/{id}/confirm", movementId)
				.with(user(this.users.loadUserByUsername("demo-dept-head"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CONFIRMED"));
		this.mvc.perform(get("/api/v1/assets").param("custodianId", Long.toString(receiver)).with(user(keeper())))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		this.mvc.perform(get("/api/v1/assets").param("custodianId", Long.toString(custodian)).with(user(keeper())))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
	}

	@Test
	@DisplayName("a card outside the caller's scope answers 404")
	void outsideScopeIsNotFound() throws Exception {
		AssetView town = this.assets.create(new DataScope(tenantId(), true, Set.of(), null, 0L),
				new AssetDraft("镇政府复印机", "COPIER", null, null, null, LocalDate.of(2024, 5, 1),
						new BigDecimal("20000.00"), null, "党政办", unit("TOWN-DZB"), null, null));
		this.mvc.perform(get("/api/v1/assets/{id}", town.id()).with(user(keeper()))).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/assets/{id}", town.id()).with(user(this.users.loadUserByUsername("demo-auditor"))))
			.andExpect(status().isOk());
	}

}
