package cn.houqin.repairs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The repairs API contract and pages, as the demo users use them.
 */
@RepairsIntegrationTest
@Transactional
class RepairsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	CurrentUser staff;

	CurrentUser dispatcher;

	CurrentUser technician;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.staff = fixtures.user("demo-staff");
		this.dispatcher = fixtures.user("demo-logistics");
		this.technician = fixtures.user("demo-technician");
	}

	private JsonNode report(String location, String category, boolean safety, boolean core) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/repairs/work-orders").with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("location", location, "category", category, "description",
						"测试故障", "safetyHazard", safety, "blocksCoreWork", core))))
			.andExpect(status().isCreated())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private static String place() {
		return "测试楼 " + System.nanoTime();
	}

	@Test
	@DisplayName("报修接口返回 201、紧急程度和响应/修复时限")
	void answersAReportWithItsUrgencyAndDeadlines() throws Exception {
		Instant before = Instant.now();
		MvcResult result = this.mvc.perform(post("/api/v1/repairs/work-orders").with(user(this.staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"location\":\"" + place()
					+ "\",\"category\":\"ELECTRIC\",\"description\":\"配电箱冒烟\",\"safetyHazard\":true,\"blocksCoreWork\":false}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.urgency").value("URGENT"))
			.andReturn();
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		Instant respondBy = Instant.parse(body.get("respondBy").asText());
		Instant fixBy = Instant.parse(body.get("fixBy").asText());
		assertThat(Duration.between(before, respondBy)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
		assertThat(Duration.between(before, fixBy)).isBetween(Duration.ofMinutes(239), Duration.ofMinutes(241));
	}

	@Test
	void refusesAReportWithoutACategoryNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/repairs/work-orders").with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"location\":\"门诊楼\",\"category\":\"plumbing\",\"description\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	@DisplayName("调度队列：先紧急程度，再核心工作，再报修时长")
	void listsOpenWorkInDispatchOrder() throws Exception {
		List<Long> mine = new ArrayList<>();
		long oldNormal = report(place(), "WATER", false, false).get("id").asLong();
		long normalCore = report(place(), "WATER", false, true).get("id").asLong();
		long low = report(place(), "CARPENTRY", false, false).get("id").asLong();
		long urgent = report(place(), "ELECTRIC", true, false).get("id").asLong();
		mine.addAll(List.of(oldNormal, normalCore, low, urgent));
		MvcResult result = this.mvc
			.perform(get("/api/v1/repairs/dispatch-queue").with(user(this.dispatcher)).param("size", "200"))
			.andExpect(status().isOk())
			.andReturn();
		JsonNode items = this.json.readTree(result.getResponse().getContentAsString()).get("items");
		List<Long> order = new ArrayList<>();
		items.forEach(item -> {
			if (mine.contains(item.get("id").asLong())) {
				order.add(item.get("id").asLong());
			}
		});
		// normalCore is HIGH (core work stopped), so: urgent, normalCore, oldNormal, low
		assertThat(order).containsExactly(urgent, normalCore, oldNormal, low);
	}

	@Test
	void linksASecondReportOfTheSameOpenFault() throws Exception {
		String location = place();
		long first = report(location, "WATER", false, false).get("id").asLong();
		JsonNode second = report(location, "水", false, false);
		assertThat(second.get("linkedTo").asLong()).isEqualTo(first);
		assertThat(second.get("status").asText()).isEqualTo("LINKED");
		this.mvc.perform(get("/api/v1/repairs/dispatch-queue").with(user(this.dispatcher)).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + second.get("id").asLong() + ")]").isEmpty());
	}

	@Test
	void theQueueIsForDispatchersOnly() throws Exception {
		this.mvc.perform(get("/api/v1/repairs/dispatch-queue").with(user(this.staff)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWorkOrderOutsideTheReadersScopeIsNotFound() throws Exception {
		long id = report(place(), "WATER", false, false).get("id").asLong();
		CurrentUser driver = new RepairsTestUsers(this.users, this.org).user("demo-driver");
		this.mvc.perform(get("/api/v1/repairs/work-orders/{id}", id).with(user(driver)))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("维修工的下一单也按紧急程度排：先到的一般单排在后到的紧急单之后")
	void aTechniciansNextJobFollowsTheDispatchOrder() throws Exception {
		long older = report(place(), "WATER", false, false).get("id").asLong();
		long urgent = report(place(), "ELECTRIC", true, false).get("id").asLong();
		for (long id : List.of(older, urgent)) {
			this.mvc
				.perform(post("/api/v1/repairs/work-orders/{id}/assign", id).with(user(this.dispatcher))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"technicianUserId\":" + this.technician.userId() + "}"))
				.andExpect(status().isOk());
		}
		JsonNode items = this.json
			.readTree(this.mvc.perform(get("/api/v1/repairs/my-jobs").with(user(this.technician)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("items");
		List<Long> order = new ArrayList<>();
		items.forEach(item -> {
			long id = item.get("id").asLong();
			if (id == older || id == urgent) {
				order.add(id);
			}
		});
		assertThat(order).containsExactly(urgent, older);
		assertThat(items.get(0).get("urgency").asText()).isEqualTo("URGENT");
	}

	@Test
	@DisplayName("报修 → 派工 → 维修 → 完成 → 报修人评价")
	void walksTheWholeFlowThroughTheApi() throws Exception {
		long id = report(place(), "WATER", false, true).get("id").asLong();
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/assign", id).with(user(this.dispatcher))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"technicianUserId\":" + this.technician.userId() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"));
		this.mvc.perform(get("/api/v1/repairs/my-jobs").with(user(this.technician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isNotEmpty());
		this.mvc.perform(post("/api/v1/repairs/work-orders/{id}/start", id).with(user(this.technician)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/complete", id).with(user(this.technician))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"labourHours\":1.5,\"note\":\"更换阀门\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/confirm", id).with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rating\":6}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/confirm", id).with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rating\":4}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.rating").value(4));
	}

	@Test
	@DisplayName("派工单 PDF：地点、维修情况和签字栏")
	void printsTheWorkOrderSlip() throws Exception {
		String location = place();
		long id = report(location, "WATER", false, false).get("id").asLong();
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/assign", id).with(user(this.dispatcher))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"technicianUserId\":" + this.technician.userId() + "}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/repairs/work-orders/{id}/complete", id).with(user(this.technician))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"labourHours\":2,\"note\":\"更换三角阀\"}"))
			.andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get("/repairs/work-orders/{id}/pdf", id).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("维修派工单", location, "更换三角阀", "维修人", "报修人（验收）");
		}
	}

	@Test
	void theReportPageStoresAPhotoAndShowsIt() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		MvcResult result = this.mvc
			.perform(multipart("/repairs/report").file(new MockMultipartFile("photos", "leak.png", "image/png", png))
				.param("location", place())
				.param("category", "WATER")
				.param("description", "漏水")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		String page = this.mvc.perform(get(location).with(user(this.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String photo = page.replaceAll("(?s).*src=\"(/repairs/work-orders/\\d+/photos/\\d+)\".*", "$1");
		this.mvc.perform(get(photo).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(png));
	}

	@Test
	void theReportPageRefusesAFileThatIsNotAPhoto() throws Exception {
		this.mvc
			.perform(multipart("/repairs/report")
				.file(new MockMultipartFile("photos", "x.exe", "application/octet-stream", new byte[] { 1, 2 }))
				.param("location", place())
				.param("category", "WATER")
				.param("description", "漏水")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("repairs/report"))
			.andExpect(model().attributeHasErrors("reportForm"));
	}

	@Test
	void theBoardAnswersHtmxWithTheResultsFragment() throws Exception {
		report(place(), "NETWORK", false, false);
		this.mvc.perform(get("/repairs/dispatch").with(user(this.dispatcher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dispatch-table")));
		this.mvc.perform(get("/repairs/dispatch").header("HX-Request", "true").with(user(this.dispatcher)))
			.andExpect(status().isOk())
			.andExpect(view().name("repairs/dispatch :: results"));
		this.mvc.perform(get("/repairs/dispatch/export").with(user(this.dispatcher)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(cn.houqin.document.ExcelExport.CONTENT_TYPE));
		this.mvc.perform(get("/repairs/jobs").with(user(this.technician))).andExpect(status().isOk());
		this.mvc.perform(get("/repairs/mine").with(user(this.staff))).andExpect(status().isOk());
		this.mvc.perform(get("/repairs/dispatch").with(user(this.staff))).andExpect(status().isForbidden());
	}

}
