package cn.houqin.supplies;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ReceivingService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST contract of supplies.md, exactly as written: paths, field names, status codes,
 * problem+json.
 */
@SuppliesIntegrationTest
@Transactional
class SuppliesApiIntegrationTests {

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

	SuppliesFixtures fixtures;

	CurrentUser keeper;

	CurrentUser staff;

	CurrentUser head;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.keeper = this.fixtures.user("demo-logistics");
		this.staff = this.fixtures.user("demo-staff");
		this.head = this.fixtures.user("demo-dept-head");
	}

	@Test
	@DisplayName("目录、入库、库存、领用、发放、签收：按契约的路径、字段和状态码")
	void walksTheContractFromItemToConfirmedRequisition() throws Exception {
		long category = this.catalogue.categoryId(this.fixtures.tenantId(), "PAPER");
		String code = this.fixtures.code();
		String item = call(post("/api/v1/supplies/items"), this.keeper,
				"""
						{"code":"%s","name":"A4复印纸","categoryId":%d,"specification":"70g 500张/包","unit":"包",
						 "referencePrice":25.00,"stockPolicy":"STOCKED","minLevel":5,"maxLevel":40}""".formatted(code,
						category))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/supplies/items/")))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.categoryId").value(category))
			.andExpect(jsonPath("$.stockPolicy").value("STOCKED"))
			.andExpect(jsonPath("$.minLevel").value(5))
			.andExpect(jsonPath("$.maxLevel").value(40))
			.andExpect(jsonPath("$.referencePrice").value(25.00))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long itemId = Long.parseLong(item.replaceAll(".*?\"id\":(\\d+).*", "$1"));

		call(post("/api/v1/supplies/receipts"), this.keeper, """
				{"lines":[{"itemId":%d,"quantityAccepted":10,"quantityRejected":1,"unitCost":24.00}],
				 "invoiceNo":"INV-API-1"}""".formatted(itemId)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reimbursable").value(false));
		call(post("/api/v1/supplies/receipts"), this.keeper, """
				{"lines":[{"itemId":%d,"quantityAccepted":10,"quantityRejected":0,"unitCost":26.00}],
				 "invoiceNo":"INV-API-2"}""".formatted(itemId)).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/supplies/items/{id}/stock", itemId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.itemId").value(itemId))
			.andExpect(jsonPath("$.onHand").value(20))
			.andExpect(jsonPath("$.reserved").value(0))
			.andExpect(jsonPath("$.available").value(20))
			.andExpect(jsonPath("$.value").value(500.00))
			.andExpect(jsonPath("$.averageCost").value(25.00));

		String requisition = call(post("/api/v1/supplies/requisitions"), this.staff, """
				{"purpose":"打印病历","lines":[{"itemId":%d,"quantity":3}]}""".formatted(itemId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long requisitionId = Long.parseLong(requisition.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		this.mvc.perform(get("/api/v1/supplies/items/{id}/stock", itemId).with(user(this.staff)))
			.andExpect(jsonPath("$.reserved").value(3))
			.andExpect(jsonPath("$.available").value(17));

		call(post("/api/v1/supplies/requisitions/{id}/issue", requisitionId), this.staff, "")
			.andExpect(status().isForbidden());
		call(post("/api/v1/supplies/requisitions/{id}/issue", requisitionId), this.keeper, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.total").value(75.00));
		call(post("/api/v1/supplies/requisitions/{id}/confirm-receipt", requisitionId), this.staff, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		this.mvc.perform(get("/api/v1/supplies/items/{id}/stock", itemId).with(user(this.staff)))
			.andExpect(jsonPath("$.onHand").value(17))
			.andExpect(jsonPath("$.value").value(425.00));
	}

	@Test
	@DisplayName("库存不足：409 problem+json，写明物品和可用数量")
	void shortStockAnswers409NamingTheItemAndTheQuantityAvailable() throws Exception {
		var pen = this.fixtures.stockedItem("红色中性笔");
		this.fixtures.stock(pen.id(), "2", "1.50");
		call(post("/api/v1/supplies/requisitions"), this.staff, """
				{"purpose":"批改","lines":[{"itemId":%d,"quantity":3}]}""".formatted(pen.id()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.itemId").value(pen.id()))
			.andExpect(jsonPath("$.itemName").value("红色中性笔"))
			.andExpect(jsonPath("$.available").value(2))
			.andExpect(jsonPath("$.detail").value(containsString("红色中性笔")));
	}

	@Test
	@DisplayName("数量为零或负数、未知物品：422 problem+json")
	void badQuantitiesAndUnknownItemsAnswer422() throws Exception {
		var pen = this.fixtures.stockedItem("蓝色中性笔");
		this.fixtures.stock(pen.id(), "5", "1.50");
		for (String quantity : new String[] { "0", "-2" }) {
			call(post("/api/v1/supplies/requisitions"), this.staff, """
					{"purpose":"办公","lines":[{"itemId":%d,"quantity":%s}]}""".formatted(pen.id(), quantity))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		}
		call(post("/api/v1/supplies/receipts"), this.keeper, """
				{"lines":[{"itemId":999999999,"quantityAccepted":1,"quantityRejected":0,"unitCost":1}],
				 "invoiceNo":"X"}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("itemId"));
		call(post("/api/v1/supplies/receipts"), this.keeper, """
				{"lines":[{"itemId":%d,"quantityAccepted":-1,"quantityRejected":0,"unitCost":1}],
				 "invoiceNo":"X"}""".formatted(pen.id())).andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/supplies/items/{id}/stock", pen.id()).with(user(this.staff)))
			.andExpect(jsonPath("$.onHand").value(5))
			.andExpect(jsonPath("$.reserved").value(0));
	}

	@Test
	@DisplayName("采购申请：201 返回 id、total、status 和审批流程；超过所有档次 422")
	void purchaseRequestAnswersRouteAndRefusesAboveEveryTier() throws Exception {
		var pen = this.fixtures.stockedItem("中性笔（申请）");
		long unit = this.fixtures.unitId("HOSP-NK");
		long handler = this.head.staffId();
		call(post("/api/v1/supplies/purchase-requests"), this.head, """
				{"unitId":%d,"handlerStaffId":%d,"reason":"科室办公","neededBy":"2026-12-31",
				 "lines":[{"itemId":%d,"quantity":100,"unitPrice":45.00}]}""".formatted(unit, handler, pen.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.total").value(4500.00))
			.andExpect(jsonPath("$.status").value("IN_APPROVAL"))
			.andExpect(jsonPath("$.route.allowed").value(true))
			.andExpect(jsonPath("$.route.steps[0].role").value("LOGISTICS_HEAD"))
			.andExpect(jsonPath("$.route.steps[1].role").value("UNIT_HEAD"));
		call(post("/api/v1/supplies/purchase-requests"), this.head, """
				{"unitId":%d,"handlerStaffId":%d,"reason":"大额","neededBy":"2026-12-31",
				 "lines":[{"itemId":%d,"quantity":1,"unitPrice":10000.01}]}""".formatted(unit, handler, pen.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("政府采购")));
		call(post("/api/v1/supplies/purchase-requests"), this.staff, "{}").andExpect(status().isForbidden());
	}

	@Test
	void anotherStaffMembersRequisitionAnswers404() throws Exception {
		var pen = this.fixtures.stockedItem("荧光笔");
		this.fixtures.stock(pen.id(), "5", "3.00");
		String created = call(post("/api/v1/supplies/requisitions"), this.keeper, """
				{"purpose":"库房标记","lines":[{"itemId":%d,"quantity":1}]}""".formatted(pen.id()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		this.mvc.perform(get("/api/v1/supplies/requisitions/{id}", id).with(user(this.staff)))
			.andExpect(status().isNotFound());
		call(post("/api/v1/supplies/requisitions/{id}/cancel", id), this.staff, "").andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("使用不当造成损坏：记录责任人并决定赔偿，赔偿不超过损失")
	void damageThroughMisuseIsRecordedAndCompensationDecided() throws Exception {
		long staffId = this.staff.staffId();
		String created = call(post("/api/v1/supplies/damages"), this.keeper, """
				{"responsibleStaffId":%d,"subject":"激光打印机","description":"违规使用非原装硒鼓致定影组件损坏",
				 "damagedOn":"2026-11-20","loss":600.00}""".formatted(staffId)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.responsibleName").value("吴娜"))
			.andExpect(jsonPath("$.compensation").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		call(post("/api/v1/supplies/damages/{id}/decision", id), this.keeper, """
				{"compensation":700.00,"decision":"全额赔偿"}""").andExpect(status().isUnprocessableContent());
		call(post("/api/v1/supplies/damages/{id}/decision", id), this.keeper, """
				{"compensation":300.00,"decision":"承担一半"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.compensation").value(300.00));
		call(post("/api/v1/supplies/damages"), this.staff, "{}").andExpect(status().isForbidden());
	}

	private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			CurrentUser as, String body) throws Exception {
		return this.mvc.perform(
				request.with(user(as)).contentType(MediaType.APPLICATION_JSON).content(body.isEmpty() ? "{}" : body));
	}

}
